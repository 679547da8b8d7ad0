import { useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { LOCK_AFTER_CHOICES, type LockAfterMinutes, type LockStatus } from '../../../../shared/domain/privacy'
import { messageOf, problemOf, tandem, unwrap } from '../../lib/client'
import { lockNow } from '../../lib/lock-now'
import { lockState } from '../../lib/lock-state'
import { PasswordField } from '../../ui/PasswordField'
import { lockStatusKey, useLockStatus } from './privacy-queries'
import { TurnOnDialog } from './TurnOnDialog'

const lockAfterLabel = (minutes: LockAfterMinutes) =>
  minutes === 0 ? 'Never' : minutes === 1 ? 'After 1 minute' : `After ${minutes} minutes`

/** Settings › Privacy: encryption at rest, the lock, and remembering the key on this computer. */
export function PrivacySettings() {
  const id = useId()
  const status = useLockStatus()
  const [turningOn, setTurningOn] = useState(false)
  return (
    <section className="card settings-card privacy-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Privacy</h2>
      {status.isError ? (
        <p className="field-error" role="alert">
          {messageOf(status.error)}
        </p>
      ) : !status.data ? (
        <p className="muted">Checking…</p>
      ) : status.data.encrypted ? (
        <Encrypted status={status.data} />
      ) : (
        <>
          <p>
            Your journal is not encrypted: anyone who can open its folder on this computer can read it. With
            encryption on, every file in the folder, backups included, can only be read with your passphrase,
            and Tandem locks itself when you step away.
          </p>
          <p className="muted">
            If you lose both your passphrase and the recovery key you will be given, nobody can open the
            journal, not even Tandem’s makers.
          </p>
          <div className="privacy-row">
            <button type="button" className="button primary" onClick={() => setTurningOn(true)}>
              Turn on encryption…
            </button>
          </div>
        </>
      )}
      <TurnOnDialog open={turningOn} onClose={() => setTurningOn(false)} />
    </section>
  )
}

function Encrypted({ status }: { status: LockStatus }) {
  const id = useId()
  const client = useQueryClient()
  const [problem, setProblem] = useState<string | null>(null)
  const [panel, setPanel] = useState<'none' | 'change' | 'off'>('none')
  const apply = async (work: Promise<LockStatus>) => {
    setProblem(null)
    try {
      const next = await work
      lockState.update(next)
      client.setQueryData(lockStatusKey, next)
      return true
    } catch (error) {
      setProblem(messageOf(error))
      return false
    }
  }
  return (
    <>
      <p>
        Your journal is encrypted. Tandem asks for your passphrase when it opens.
        {status.kdf && <span className="muted">{` Key derivation: ${status.kdf}; files: AES-256-GCM.`}</span>}
      </p>
      <div className="privacy-row">
        <button type="button" className="button" onClick={() => void lockNow()}>
          Lock now
        </button>
        <div className="field privacy-lock-after">
          <label htmlFor={`${id}-after`}>Lock when not used</label>
          <select
            id={`${id}-after`}
            value={status.lockAfterMinutes}
            onChange={(e) =>
              void apply(
                unwrap(
                  tandem().encryption.setLockAfter({ minutes: Number(e.target.value) as LockAfterMinutes }),
                ),
              )
            }
          >
            {LOCK_AFTER_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {lockAfterLabel(minutes)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">It also locks when the computer goes to sleep or its screen locks.</p>
      {status.canRemember && (
        <label className="choice">
          <input
            type="checkbox"
            checked={status.remembered}
            onChange={(e) => void apply(unwrap(tandem().lock.remember({ remember: e.target.checked })))}
          />
          <span>
            Remember on this computer: Tandem opens without the passphrase here. Anyone who can sign in to
            this computer account can then read your journal.
          </span>
        </label>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="privacy-row">
        <button
          type="button"
          className="button"
          onClick={() => setPanel(panel === 'change' ? 'none' : 'change')}
        >
          Change passphrase…
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => setPanel(panel === 'off' ? 'none' : 'off')}
        >
          Turn off encryption…
        </button>
      </div>
      {panel === 'change' && <ChangePassphrase onDone={() => setPanel('none')} apply={apply} />}
      {panel === 'off' && <TurnOff onDone={() => setPanel('none')} />}
    </>
  )
}

function ChangePassphrase({
  onDone,
  apply,
}: {
  onDone(): void
  apply(work: Promise<LockStatus>): Promise<boolean>
}) {
  const id = useId()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [problem, setProblem] = useState<{ message: string; field: string | undefined } | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent) {
    event.preventDefault()
    if (next !== confirm) {
      setProblem({ message: 'The two new passphrases are not the same. Type them again.', field: 'confirm' })
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      const status = await unwrap(tandem().encryption.changePassphrase({ current, next }))
      await apply(Promise.resolve(status))
      onDone()
    } catch (error) {
      setProblem(problemOf(error))
    } finally {
      setBusy(false)
    }
  }
  const field = (
    name: string,
    label: string,
    value: string,
    set: (v: string) => void,
    auto: 'new-password' | 'current-password',
  ) => (
    <PasswordField
      id={`${id}-${name}`}
      label={label}
      autoComplete={auto}
      value={value}
      problem={problem?.field === name ? problem.message : null}
      onChange={set}
    />
  )
  return (
    <form className="privacy-panel" onSubmit={submit} noValidate aria-label="Change passphrase">
      {field('current', 'Current passphrase', current, setCurrent, 'current-password')}
      {field('next', 'New passphrase (at least 8 characters)', next, setNext, 'new-password')}
      {field('confirm', 'New passphrase again', confirm, setConfirm, 'new-password')}
      {problem && !['current', 'next', 'confirm'].includes(problem.field ?? '') && (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      )}
      <p className="muted">Only the key file changes: it is instant, and your recovery key still works.</p>
      <div className="privacy-row">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}

function TurnOff({ onDone }: { onDone(): void }) {
  const id = useId()
  const client = useQueryClient()
  const [passphrase, setPassphrase] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const status = await unwrap(tandem().encryption.turnOff({ passphrase }))
      lockState.update(status)
      client.setQueryData(lockStatusKey, status)
      onDone()
    } catch (error) {
      setProblem(messageOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="privacy-panel" onSubmit={submit} noValidate aria-label="Turn off encryption">
      <p>
        Every file in your journal folder will be readable again by anyone who can open it, and Tandem will no
        longer lock. Your recovery key will stop working.
      </p>
      <PasswordField
        id={`${id}-pass`}
        label="Your passphrase"
        autoComplete="current-password"
        value={passphrase}
        problem={problem}
        onChange={setPassphrase}
      />
      <div className="privacy-row">
        <button type="submit" className="button danger" disabled={busy}>
          {busy ? 'Turning off…' : 'Turn off encryption'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
