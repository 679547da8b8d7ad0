import { apiPathOf, type ChannelName, channelNames, type TandemApi } from '../shared/contract'
import type { Result } from '../shared/errors'

/** Sends one request to main and gets its answer. Electron's ipcRenderer.invoke in the app; a Playwright binding in the test runtime. */
export type Invoke = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>

/**
 * Builds `window.tandem` from the contract: exactly the named methods, nothing that forwards an arbitrary channel.
 * The same code runs in the Electron preload and in the Chromium test runtime.
 */
export function createTandemApi(invoke: Invoke): TandemApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {}
  for (const name of channelNames) {
    const [feature, verb] = apiPathOf(name)
    const methods = api[feature] ?? {}
    methods[verb] = (input?: unknown) => invoke(name, input)
    api[feature] = methods
  }
  // The loop above builds exactly the shape TandemApi describes; the type cannot be inferred from a loop.
  return api as unknown as TandemApi
}
