import { useEffect, useRef, useState } from 'react'
import { messageOf } from '../lib/client'
import { dismissNotice, type Notice, showNotice, useNotice } from '../lib/notices'

/** How long a notice stays, unless the pointer or the keyboard is on it. */
const SHOW_MS = 10_000

/**
 * The app's one live region for notices ("Session deleted. Undo"). It is always in the page, so a
 * screen reader hears each new notice politely, and sits outside the main area so it never covers
 * a screen's own status line. It waits while the user is on it (WCAG 2.2.1) and never takes focus
 * itself; when focus was inside and the notice goes, focus moves to the main area, not to nowhere.
 */
export function NoticeHost() {
  const notice = useNotice()
  const ref = useRef<HTMLDivElement>(null)
  return (
    <div ref={ref} className="notice-host" role="status" aria-live="polite">
      {notice && <NoticeCard key={notice.id} notice={notice} host={ref} />}
    </div>
  )
}

function NoticeCard({ notice, host }: { notice: Notice; host: React.RefObject<HTMLDivElement | null> }) {
  const [held, setHeld] = useState(false)
  const [undoing, setUndoing] = useState(false)
  const message = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (held || undoing) return
    const timer = window.setTimeout(() => close(), SHOW_MS)
    return () => window.clearTimeout(timer)
  })

  // A notice that replaced one the user was working in (the outcome of Undo) keeps the focus there.
  useEffect(() => {
    if (host.current?.dataset.focusNext === 'message') {
      delete host.current.dataset.focusNext
      message.current?.focus()
    }
  }, [host])

  function close() {
    const hadFocus = host.current?.contains(document.activeElement) ?? false
    dismissNotice(notice.id)
    if (hadFocus) document.getElementById('main')?.focus()
  }

  async function undo() {
    const run = notice.undo
    if (!run) return
    const hadFocus = host.current?.contains(document.activeElement) ?? false
    setUndoing(true)
    let next: Omit<Notice, 'id'>
    try {
      next = await run()
    } catch (error) {
      next = { message: messageOf(error), notes: [] }
    }
    if (hadFocus && host.current) host.current.dataset.focusNext = 'message'
    showNotice(next)
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer and focus only pause the timer.
    <div
      className="notice"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setHeld(false)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close()
      }}
    >
      <div className="notice-text">
        <p ref={message} tabIndex={-1}>
          {notice.message}
        </p>
        {notice.notes.length > 0 && (
          <ul className="notice-notes">
            {notice.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
      {notice.undo && (
        <button type="button" className="button small" disabled={undoing} onClick={() => void undo()}>
          {undoing ? 'Undoing…' : 'Undo'}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={close}>
        ×
      </button>
    </div>
  )
}
