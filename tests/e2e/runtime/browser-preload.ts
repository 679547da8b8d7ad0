/// <reference lib="dom" />
// The test runtime's preload: the same factories as the Electron preload, with `invoke` wired to a
// Playwright binding that calls the real main-process router in the test process, and commands
// delivered by the specs through a hook that exists only here.

import { createTandemApi } from '../../../src/preload/api'
import { createShellApi } from '../../../src/preload/shell'
import type { ChannelName } from '../../../src/shared/contract'
import type { Result } from '../../../src/shared/errors'

declare global {
  interface Window {
    __tandemInvoke?: (channel: ChannelName, input: unknown) => Promise<Result<unknown>>
    /** Test runtime only: delivers a message as main would on APP_COMMAND_EVENT (a menu item, a notification click). */
    __tandemDeliverCommand?: (message: unknown) => void
  }
}

const api = createTandemApi((channel, input) => {
  const invoke = window.__tandemInvoke
  if (!invoke) return Promise.reject(new Error('The test runtime binding is missing'))
  return invoke(channel, input)
})
Object.defineProperty(window, 'tandem', { value: Object.freeze(api), writable: false, configurable: false })

const deliveries = new Set<(message: unknown) => void>()
// Chromium has no Electron menu: the page's key handler always runs here.
const shell = createShellApi((deliver) => {
  deliveries.add(deliver)
  return () => {
    deliveries.delete(deliver)
  }
}, false)
Object.defineProperty(window, 'tandemShell', { value: shell, writable: false, configurable: false })
Object.defineProperty(window, '__tandemDeliverCommand', {
  value: (message: unknown) => {
    for (const deliver of deliveries) deliver(message)
  },
  writable: false,
  configurable: false,
})
