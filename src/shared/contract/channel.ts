import type { z } from 'zod'

/**
 * One IPC channel: the schema its input must pass in main, and (as a type only) what it answers.
 * `channel(schema).returns<T>()` keeps the output type next to the input schema.
 */
export interface Channel<I extends z.ZodType, O> {
  readonly input: I
  /** Phantom: never read at run time, carries the output type. */
  readonly output?: O
}

export function channel<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): Channel<I, O> {
      return { input }
    },
  }
}
