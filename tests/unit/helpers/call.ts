import type { Router } from '../../../src/main/router'
import type { ChannelName, InputOf, OutputOf } from '../../../src/shared/contract'
import type { ErrorCode, Result, TandemErrorShape } from '../../../src/shared/errors'

/** A channel whose input may be left out (`undefined` passes its schema) takes it optionally. */
export type InputArgs<K extends ChannelName> =
  undefined extends InputOf<K> ? [input?: InputOf<K>] : [input: InputOf<K>]

/** A refused call, thrown by `call`: the channel and the error as the renderer would see it. */
export class RefusedCall extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined

  constructor(channel: ChannelName, error: TandemErrorShape) {
    super(`${channel} was refused (${error.code}${error.field ? `, ${error.field}` : ''}): ${error.message}`)
    this.name = 'RefusedCall'
    this.code = error.code
    this.field = error.field
  }
}

/** One request through the router, as the renderer makes it: the Result, ok or not. */
export async function callResult<K extends ChannelName>(
  router: Router,
  channel: K,
  ...[input]: InputArgs<K>
): Promise<Result<OutputOf<K>>> {
  // The router answers what the contract says channel K answers; its signature is untyped because
  // renderer input is untrusted.
  return (await router.handle(channel, input)) as Result<OutputOf<K>>
}

/** One request through the router; its answer, or a RefusedCall naming the channel, code and message. */
export async function call<K extends ChannelName>(
  router: Router,
  channel: K,
  ...input: InputArgs<K>
): Promise<OutputOf<K>> {
  const result = await callResult(router, channel, ...input)
  if (!result.ok) throw new RefusedCall(channel, result.error)
  return result.value
}

/**
 * One request the test expects Tandem to refuse; the error it answered. The input is `unknown` on
 * purpose: tests send what the schema must turn away.
 */
export async function refusal(
  router: Router,
  channel: ChannelName,
  input?: unknown,
): Promise<TandemErrorShape> {
  const result = await router.handle(channel, input)
  if (result.ok) throw new Error(`${channel} was accepted; the test expected a refusal`)
  return result.error
}

export interface Calls {
  call<K extends ChannelName>(channel: K, ...input: InputArgs<K>): Promise<OutputOf<K>>
  callResult<K extends ChannelName>(channel: K, ...input: InputArgs<K>): Promise<Result<OutputOf<K>>>
  refusal(channel: ChannelName, input?: unknown): Promise<TandemErrorShape>
}

/**
 * The helpers bound to one engine. Pass a function when the test re-opens the engine: each call
 * then goes to the current one.
 */
export function callsTo(router: Router | (() => Router)): Calls {
  const current = typeof router === 'function' ? router : () => router
  return {
    call: (channel, ...input) => call(current(), channel, ...input),
    callResult: (channel, ...input) => callResult(current(), channel, ...input),
    refusal: (channel, input) => refusal(current(), channel, input),
  }
}
