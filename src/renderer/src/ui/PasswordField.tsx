import type { Ref } from 'react'
import { NewPassphrase } from '../../../shared/domain/privacy'

export interface PasswordFieldProps {
  /** The input's id; its problem, when there is one, is `${id}-problem`. */
  id: string
  label: string
  value: string
  onChange(value: string): void
  /** "new-password" where one is chosen, "current-password" where one is checked. */
  autoComplete: 'new-password' | 'current-password'
  /** What is wrong with this field, shown under it and announced; nothing when null. */
  problem?: string | null
  inputRef?: Ref<HTMLInputElement>
  autoFocus?: boolean
}

/**
 * A passphrase input with its label and its problem: the lock screen, the encryption dialogs and the
 * backup passphrase all use this one, so each behaves the same for a screen reader and a password manager.
 */
export function PasswordField({
  id,
  label,
  value,
  onChange,
  autoComplete,
  problem = null,
  inputRef,
  autoFocus,
}: PasswordFieldProps) {
  const problemId = `${id}-problem`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="password"
        autoComplete={autoComplete}
        spellCheck={false}
        // biome-ignore lint/a11y/noAutofocus: a dialog whose only task is this field
        autoFocus={autoFocus}
        value={value}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? problemId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem !== null && (
        <p className="field-error" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}

/**
 * A new passphrase typed twice: `${id}-passphrase` and `${id}-confirm`, each with its own problem
 * (`problemAt('passphrase' | 'confirm')`). Turning encryption on and a backup's own passphrase use it.
 */
export function NewPassphraseFields({
  id,
  label,
  passphrase,
  confirm,
  onPassphrase,
  onConfirm,
  problemAt,
}: {
  id: string
  label: string
  passphrase: string
  confirm: string
  onPassphrase(value: string): void
  onConfirm(value: string): void
  problemAt(field: 'passphrase' | 'confirm'): string | null
}) {
  return (
    <>
      <PasswordField
        id={`${id}-passphrase`}
        label={label}
        autoComplete="new-password"
        value={passphrase}
        problem={problemAt('passphrase')}
        onChange={onPassphrase}
      />
      <PasswordField
        id={`${id}-confirm`}
        label="The same passphrase again"
        autoComplete="new-password"
        value={confirm}
        problem={problemAt('confirm')}
        onChange={onConfirm}
      />
    </>
  )
}

/**
 * What is wrong with a new passphrase typed twice, checked by the same rule main applies
 * (`NewPassphrase`), or null when it may be sent.
 */
export function newPassphraseProblem(
  passphrase: string,
  confirm: string,
): { message: string; field: 'passphrase' | 'confirm' } | null {
  const checked = NewPassphrase.safeParse(passphrase)
  if (!checked.success)
    return { message: checked.error.issues[0]?.message ?? 'Choose another passphrase.', field: 'passphrase' }
  if (passphrase !== confirm)
    return { message: 'The two passphrases are not the same. Type them again.', field: 'confirm' }
  return null
}
