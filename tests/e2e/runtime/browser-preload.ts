/// <reference lib="dom" />
// The test runtime's preload: the same factory as the Electron preload, with `invoke` wired to a
// Playwright binding that calls the real main-process router in the test process.

import { createTandemApi } from '../../../src/preload/api'
import type { ChannelName } from '../../../src/shared/contract'
import type { Result } from '../../../src/shared/errors'

declare global {
  interface Window {
    __tandemInvoke?: (channel: ChannelName, input: unknown) => Promise<Result<unknown>>
  }
}

const api = createTandemApi((channel, input) => {
  const invoke = window.__tandemInvoke
  if (!invoke) return Promise.reject(new Error('The test runtime binding is missing'))
  return invoke(channel, input)
})
Object.defineProperty(window, 'tandem', { value: Object.freeze(api), writable: false, configurable: false })
