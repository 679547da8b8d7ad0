import type { ErrorCode, Result } from '../../../shared/errors'
import { lockState } from './lock-state'

/** An error from main, in words a person understands. */
export class TandemClientError extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'TandemClientError'
    this.code = code
    this.field = field
  }
}

/** Unwraps an answer from `window.tandem`: the value, or a thrown TandemClientError. */
export async function unwrap<T>(answer: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await answer
  } catch {
    throw new TandemClientError('internal', 'Tandem could not reach its journal. Try again in a moment.')
  }
  if (result.ok) return result.value
  // The journal was locked (by the idle timer, the menu, the computer going to sleep): show the lock screen.
  if (result.error.code === 'locked') lockState.locked()
  throw new TandemClientError(result.error.code, result.error.message, result.error.field)
}

export function messageOf(error: unknown): string {
  if (error instanceof TandemClientError) return error.message
  return 'Something went wrong. Try again in a moment.'
}

export const tandem = (): Window['tandem'] => window.tandem

/** What went wrong and, when main named one, the form field it belongs to (shown at that field). */
export interface Problem {
  message: string
  field: string | undefined
}

export function problemOf(error: unknown): Problem {
  return { message: messageOf(error), field: error instanceof TandemClientError ? error.field : undefined }
}
