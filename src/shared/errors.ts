/**
 * Errors that cross the IPC boundary. The renderer shows `message` to the user as it is,
 * so it is written in plain words; `code` is for code that needs to branch.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'read-only'
  | 'write-failed'
  | 'unknown-channel'
  | 'not-allowed'
  | 'cancelled'
  | 'internal'
  /** The journal is encrypted and locked: only the lock's channels answer. */
  | 'locked'
  /** A passphrase or recovery key that does not open the journal. */
  | 'wrong-passphrase'

export interface TandemErrorShape {
  code: ErrorCode
  message: string
  /** The form field the message belongs to, when there is one (dot path, e.g. "actionItems.0.text"). */
  field?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: TandemErrorShape }

export class TandemError extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'TandemError'
    this.code = code
    this.field = field
  }

  toShape(): TandemErrorShape {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

export function notFound(what: string): TandemError {
  return new TandemError('not-found', `That ${what} no longer exists. It may have been deleted.`)
}
