import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createShellApi } from '../../src/preload/shell'
import { APP_COMMAND_EVENT, type AppCommand, type TandemShell } from '../../src/shared/contract/commands'

/** The preload's side of Electron: what it exposes to the page, and the renderer end of IPC. */
const electron = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void
  const listeners = new Map<string, Listener[]>()
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    contextBridge: {
      exposeInMainWorld(name: string, value: unknown) {
        electron.exposed.set(name, value)
      },
    },
    ipcRenderer: {
      invoke: async () => ({ ok: true, value: null }),
      on(channel: string, listener: Listener) {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
      },
      removeListener(channel: string, listener: Listener) {
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((l) => l !== listener),
        )
      },
    },
    /** Main sending on `channel`, as webContents.send would. */
    send(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc event' }, ...args)
    },
  }
})

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }))

const malformed: unknown[] = [
  undefined,
  null,
  'new-session',
  42,
  {},
  { kind: 'open-devtools' },
  { kind: 'go', screen: 'file:///etc/passwd' },
  { kind: 'go' },
  { kind: 'text-size', change: 'huge' },
  { kind: 'theme', theme: 'hacker' },
  [{ kind: 'new-session' }],
]

describe('window.tandemShell, from the real preload', () => {
  let shell: TandemShell
  beforeAll(async () => {
    await import('../../src/preload/index')
    shell = electron.exposed.get('tandemShell') as TandemShell
  })

  it('is exposed beside window.tandem, which stays as it was', () => {
    expect([...electron.exposed.keys()].sort()).toEqual(['tandem', 'tandemShell'])
    expect(Object.keys(shell).sort()).toEqual(['keysHandledByMenu', 'onCommand'])
    // These tests run on Linux: the page handles the keys there.
    expect(shell.keysHandledByMenu).toBe(process.platform === 'darwin')
  })

  it('passes valid commands on the command event, and drops everything else', () => {
    const heard: AppCommand[] = []
    const stop = shell.onCommand((command) => heard.push(command))
    for (const message of malformed) electron.send(APP_COMMAND_EVENT, message)
    electron.send(APP_COMMAND_EVENT, { kind: 'new-session' })
    electron.send(APP_COMMAND_EVENT, { kind: 'go', screen: 'goals' })
    electron.send('app:something-else', { kind: 'back' })
    expect(heard).toEqual([{ kind: 'new-session' }, { kind: 'go', screen: 'goals' }])
    stop()
    electron.send(APP_COMMAND_EVENT, { kind: 'back' })
    expect(heard).toHaveLength(2)
    expect(electron.listeners.get(APP_COMMAND_EVENT)).toEqual([])
  })

  it('hands the page the parsed command only: no IPC event, no extra fields', () => {
    const heard: unknown[][] = []
    const stop = shell.onCommand((...args: unknown[]) => heard.push(args))
    electron.send(APP_COMMAND_EVENT, { kind: 'theme', theme: 'dark', sender: 'x' }, 'more')
    stop()
    expect(heard).toEqual([[{ kind: 'theme', theme: 'dark' }]])
  })
})

describe('the shell factory the test runtime shares', () => {
  it('keeps each listener apart and says whether the menu takes the keys', () => {
    const deliveries = new Set<(message: unknown) => void>()
    const shell = createShellApi((deliver) => {
      deliveries.add(deliver)
      return () => deliveries.delete(deliver)
    }, true)
    expect(shell.keysHandledByMenu).toBe(true)
    const first: AppCommand[] = []
    const second: AppCommand[] = []
    const stopFirst = shell.onCommand((c) => first.push(c))
    shell.onCommand((c) => second.push(c))
    stopFirst()
    for (const deliver of deliveries) deliver({ kind: 'forward' })
    for (const deliver of deliveries) deliver({ kind: 'nope' })
    expect(first).toEqual([])
    expect(second).toEqual([{ kind: 'forward' }])
    expect(Object.isFrozen(shell)).toBe(true)
  })
})
