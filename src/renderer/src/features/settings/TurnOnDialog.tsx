import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { EncryptionTransition } from '../../../../shared/domain/privacy'
import { problemOf, tandem, unwrap } from '../../lib/client'
import { lockState } from '../../lib/lock-state'
import { FormDialog } from '../../ui/FormDialog'
import { NewPassphraseFields, newPassphraseProblem } from '../../ui/PasswordField'
import { lockStatusKey } from './privacy-queries'

type Step = 'passphrase' | 'key' | 'check' | 'working' | 'done'

/**
 * Turning encryption on, in four steps: a passphrase (typed twice), the recovery key shown once (save,
 * copy or write it down), the key typed back, then the rewrite with its progress. Nothing is written
 * before the last step; Cancel before it changes nothing.
 */
export function TurnOnDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const client = useQueryClient()
  const [step, setStep] = useState<Step>('passphrase')
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [recoveryKey, setRecoveryKey] = useState('')
  const [typedBack, setTypedBack] = useState('')
  const [problem, setProblem] = useState<{ message: string; field?: string | undefined } | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const [progress, setProgress] = useState<EncryptionTransition | null>(null)

  useEffect(() => {
    if (step !== 'working') return
    const timer = setInterval(() => {
      void unwrap(tandem().lock.status()).then(
        (status) => setProgress(status.transition),
        () => undefined,
      )
    }, 300)
    return () => clearInterval(timer)
  }, [step])

  const reset = () => {
    setStep('passphrase')
    setPassphrase('')
    setConfirm('')
    setRecoveryKey('')
    setTypedBack('')
    setProblem(null)
    setNote(null)
    setProgress(null)
  }

  async function next() {
    setProblem(null)
    if (step === 'passphrase') {
      const typed = newPassphraseProblem(passphrase, confirm)
      if (typed) {
        setProblem(typed)
        return
      }
      setPending(true)
      try {
        setRecoveryKey((await unwrap(tandem().encryption.prepare())).recoveryKey)
        setStep('key')
      } catch (error) {
        setProblem(problemOf(error))
      } finally {
        setPending(false)
      }
    } else if (step === 'key') {
      setStep('check')
    } else if (step === 'check') {
      setPending(true)
      setStep('working')
      try {
        const status = await unwrap(tandem().encryption.turnOn({ passphrase, recoveryKey: typedBack }))
        lockState.update(status)
        setStep('done')
      } catch (error) {
        setStep('check')
        setProblem(problemOf(error))
      } finally {
        setPending(false)
        void client.invalidateQueries({ queryKey: lockStatusKey })
      }
    } else {
      onClose()
    }
  }

  const saveKey = async () => {
    try {
      const saved = await unwrap(tandem().encryption.saveRecoveryKey())
      if (saved) setNote(`Saved to ${saved.path}. Keep that file somewhere other than this computer.`)
    } catch (error) {
      setNote(problemOf(error).message)
    }
  }
  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey)
      setNote('Copied. Paste it somewhere safe, then clear it from wherever else you pasted it.')
    } catch {
      setNote('Tandem could not copy it here. Write it down or save it as a file.')
    }
  }

  const errorAt = (field: string) =>
    problem?.field === field ? (
      <p className="field-error" id={`turn-on-${field}-problem`} role="alert">
        {problem.message}
      </p>
    ) : null
  const problemAt = (field: string) => (problem?.field === field ? problem.message : null)
  const titles: Record<Step, string> = {
    passphrase: 'Turn on encryption: choose a passphrase',
    key: 'Your recovery key',
    check: 'Type your recovery key back',
    working: 'Encrypting your journal',
    done: 'Your journal is encrypted',
  }
  const labels: Record<Step, string> = {
    passphrase: 'Next',
    key: 'I have kept it',
    check: 'Encrypt my journal',
    working: 'Encrypting…',
    done: 'Done',
  }

  return (
    <FormDialog
      open={open}
      title={titles[step]}
      submitLabel={labels[step]}
      pending={pending}
      error={problem && !problem.field ? problem.message : null}
      className="privacy-dialog"
      onOpen={reset}
      onSubmit={() => void next()}
      onClose={() => {
        if (step !== 'working') onClose()
      }}
    >
      {step === 'passphrase' && (
        <>
          <p>
            Tandem will ask for this passphrase each time it opens. If you lose both the passphrase and the
            recovery key, nobody can open your journal, not even Tandem’s makers.
          </p>
          <NewPassphraseFields
            id="turn-on"
            label="Passphrase (at least 8 characters)"
            passphrase={passphrase}
            confirm={confirm}
            onPassphrase={setPassphrase}
            onConfirm={setConfirm}
            problemAt={problemAt}
          />
        </>
      )}
      {step === 'key' && (
        <>
          <p>
            If you forget your passphrase, this key opens your journal. It is shown only now. Save it as a
            file, print it or write it down, and keep it away from this computer.
          </p>
          <p className="recovery-key" data-recovery-key>
            {recoveryKey}
          </p>
          <div className="privacy-row">
            <button type="button" className="button" onClick={() => void saveKey()}>
              Save as file…
            </button>
            <button type="button" className="button" onClick={() => void copyKey()}>
              Copy
            </button>
          </div>
          {note && (
            <p className="muted" role="status">
              {note}
            </p>
          )}
        </>
      )}
      {step === 'check' && (
        <>
          <p>
            To be sure you kept it, type the recovery key back. Capitals, spaces and dashes do not matter.
          </p>
          <div className="field">
            <label htmlFor="turn-on-key">Recovery key</label>
            <textarea
              id="turn-on-key"
              className="lock-key-input"
              rows={2}
              spellCheck={false}
              autoComplete="off"
              value={typedBack}
              aria-invalid={problem?.field === 'recoveryKey'}
              aria-describedby={problem?.field === 'recoveryKey' ? 'turn-on-recoveryKey-problem' : undefined}
              onChange={(e) => setTypedBack(e.target.value)}
            />
            {errorAt('recoveryKey')}
          </div>
        </>
      )}
      {step === 'working' && (
        <div className="privacy-progress">
          <p role="status">
            {progress && progress.total > 0
              ? `Encrypting ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} files…`
              : 'Making the key and encrypting your files…'}
          </p>
          <progress
            max={progress?.total || 1}
            value={progress?.done ?? 0}
            aria-label="Encrypting your journal"
          />
        </div>
      )}
      {step === 'done' && (
        <p>
          Every file in your journal folder is now encrypted. Tandem will ask for your passphrase when it
          opens, and locks itself after some time without use (Settings › Privacy).
        </p>
      )}
    </FormDialog>
  )
}
