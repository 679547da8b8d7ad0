import type { z } from 'zod'
import {
  type ChannelName,
  contract,
  isChannelName,
  type OutputOf,
  type ParsedInputOf,
} from '../shared/contract'
import { type Result, TandemError } from '../shared/errors'

export type Handler<K extends ChannelName> = (input: ParsedInputOf<K>) => Promise<OutputOf<K>> | OutputOf<K>
export type Handlers = { [K in ChannelName]: Handler<K> }
/** The handlers of one feature: every channel whose name starts with `${P}:`. */
export type HandlersOf<P extends string> = {
  [K in ChannelName as K extends `${P}:${string}` ? K : never]: Handler<K>
}

export interface Router {
  handle(channel: unknown, input: unknown): Promise<Result<unknown>>
}

/**
 * The one door into the engine. The renderer is untrusted: every input is validated against the
 * contract's schema, and every failure comes back as `{ code, message }` in words a person understands.
 */
export function createRouter<K extends ChannelName = ChannelName>(
  handlers: { [P in K]: Handler<P> },
  log: (error: unknown) => void = console.error,
): Router {
  return {
    async handle(channel, input) {
      // A router may answer a part of the contract (the lock's channels while the journal is locked).
      if (!isChannelName(channel) || !Object.hasOwn(handlers, channel)) {
        return {
          ok: false,
          error: { code: 'unknown-channel', message: 'Tandem does not know that request.' },
        }
      }
      const schema: z.ZodType = contract[channel].input
      const parsed = schema.safeParse(input)
      if (!parsed.success) return { ok: false, error: describeInvalidInput(parsed.error).toShape() }
      const handler = handlers[channel as K] as (input: unknown) => unknown
      try {
        return { ok: true, value: await handler(parsed.data) }
      } catch (error) {
        if (error instanceof TandemError) return { ok: false, error: error.toShape() }
        log(error)
        return {
          ok: false,
          error: {
            code: 'internal',
            message: 'Something went wrong inside Tandem. Your journal was not changed.',
          },
        }
      }
    },
  }
}

/** Turns the first zod issue into a sentence, with the field it belongs to. */
export function describeInvalidInput(error: z.ZodError): TandemError {
  const issue = error.issues[0]
  if (!issue) return new TandemError('invalid-input', 'Tandem could not understand that request.')
  const field = issue.path.map(String).join('.')
  const plain =
    issue.code === 'invalid_type' || issue.code === 'unrecognized_keys' || issue.message.startsWith('Invalid')
  const message = plain
    ? `Tandem could not understand that request${field ? ` (the ${field} field)` : ''}.`
    : issue.message
  return new TandemError('invalid-input', message, field === '' ? undefined : field)
}
