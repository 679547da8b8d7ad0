import { useState } from 'react'
import { useLockStatus } from './privacy-queries'
import { TurnOnDialog } from './TurnOnDialog'

/**
 * The first-run guide's optional step: lock the journal with a passphrase before anything personal is
 * written. The same wizard as Settings › Privacy; once on, it says so. Nothing shows until the lock's
 * status is known, so a journal whose status cannot be read is not offered a step it may already have.
 */
export function EncryptionOffer() {
  const status = useLockStatus()
  const [open, setOpen] = useState(false)
  if (!status.data) return null
  const on = status.data.encrypted
  return (
    <div className={on ? 'first-run-optional done' : 'first-run-optional'}>
      <span className="first-run-mark" aria-hidden="true">
        {on ? '✓' : <LockIcon />}
      </span>
      <div className="first-run-text">
        <strong>Optional: lock your journal with a passphrase</strong>
        <span className="muted">
          {on
            ? 'Done. Your journal is encrypted, and Tandem asks for your passphrase when it opens.'
            : 'Encrypts every file of your journal, backups included, so only your passphrase opens it. You can also do this later in Settings.'}
        </span>
      </div>
      {!on && (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Turn on encryption…
        </button>
      )}
      <TurnOnDialog open={open} onClose={() => setOpen(false)} />
    </div>
  )
}

/** A padlock drawn with the text colour (no emoji font is needed). */
function LockIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" focusable="false" aria-hidden="true">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  )
}
