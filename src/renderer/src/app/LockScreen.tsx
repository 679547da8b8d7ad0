import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { problemOf, tandem, unwrap } from '../lib/client'
import { lockState } from '../lib/lock-state'
import { PasswordField } from '../ui/PasswordField'

/** What the lock screen shows while the journal is locked: the passphrase, or the recovery key. */
export function LockScreen() {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase')
  return (
    <main className="lock-screen" id="main">
      <div className="card lock-card">
        <p className="lock-brand">Tandem</p>
        {mode === 'passphrase' ? (
          <PassphraseForm onForgot={() => setMode('recovery')} />
        ) : (
          <RecoveryForm onBack={() => setMode('passphrase')} />
        )}
      </div>
    </main>
  )
}

function PassphraseForm({ onForgot }: { onForgot(): void }) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => input.current?.focus(), [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (passphrase === '') {
      setProblem('Enter your passphrase.')
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      lockState.update(await unwrap(tandem().lock.unlock({ passphrase })))
    } catch (error) {
      setProblem(problemOf(error).message)
      setBusy(false)
      input.current?.focus()
      input.current?.select()
    }
  }

  return (
    <form className="lock-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Your journal is locked</h1>
      <p className="muted">Enter your passphrase to open it.</p>
      <PasswordField
        id={`${id}-passphrase`}
        label="Passphrase"
        autoComplete="current-password"
        inputRef={input}
        value={passphrase}
        problem={problem}
        onChange={setPassphrase}
      />
      <div className="lock-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Opening…' : 'Unlock'}
        </button>
        <button type="button" className="link-button" onClick={onForgot}>
          Forgot your passphrase? Use your recovery key
        </button>
      </div>
    </form>
  )
}

function RecoveryForm({ onBack }: { onBack(): void }) {
  const id = useId()
  const first = useRef<HTMLTextAreaElement>(null)
  const [recoveryKey, setRecoveryKey] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ message: string; field: string | undefined } | null>(null)
  useEffect(() => first.current?.focus(), [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (next !== confirm) {
      setProblem({ message: 'The two new passphrases are not the same. Type them again.', field: 'confirm' })
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      lockState.update(await unwrap(tandem().lock.recover({ recoveryKey, newPassphrase: next })))
    } catch (error) {
      const found = problemOf(error)
      setProblem({ message: found.message, field: found.field ?? 'recoveryKey' })
      setBusy(false)
    }
  }

  const errorAt = (field: string) =>
    problem?.field === field ? (
      <p className="field-error" id={`${id}-${field}-problem`} role="alert">
        {problem.message}
      </p>
    ) : null
  const describedBy = (field: string) => (problem?.field === field ? `${id}-${field}-problem` : undefined)
  const problemAt = (field: string) => (problem?.field === field ? problem.message : null)

  return (
    <form className="lock-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Open with your recovery key</h1>
      <p className="muted">
        Type the recovery key Tandem showed you when you turned encryption on, then choose a new passphrase.
        Capitals, spaces and dashes do not matter.
      </p>
      <div className="field">
        <label htmlFor={`${id}-key`}>Recovery key</label>
        <textarea
          ref={first}
          id={`${id}-key`}
          className="lock-key-input"
          rows={2}
          spellCheck={false}
          autoComplete="off"
          value={recoveryKey}
          aria-invalid={problem?.field === 'recoveryKey'}
          aria-describedby={describedBy('recoveryKey')}
          onChange={(e) => setRecoveryKey(e.target.value)}
        />
        {errorAt('recoveryKey')}
      </div>
      <PasswordField
        id={`${id}-next`}
        label="New passphrase (at least 8 characters)"
        autoComplete="new-password"
        value={next}
        problem={problemAt('newPassphrase')}
        onChange={setNext}
      />
      <PasswordField
        id={`${id}-confirm`}
        label="New passphrase again"
        autoComplete="new-password"
        value={confirm}
        problem={problemAt('confirm')}
        onChange={setConfirm}
      />
      <div className="lock-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open and set the new passphrase'}
        </button>
        <button type="button" className="link-button" onClick={onBack}>
          Back to the passphrase
        </button>
      </div>
    </form>
  )
}
