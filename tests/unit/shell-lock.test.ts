import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createTandem } from '../../src/main/app'
import { LOCK_GRACE_MS, lockOnSleep } from '../../src/main/electron/auto-lock'
import { systemKeychain } from '../../src/main/electron/keychain'
import { APP_COMMAND_EVENT } from '../../src/shared/contract/commands'
import type { Result } from '../../src/shared/errors'
import { BrowserWindow, ipcMain, Menu, powerMonitor, safeStorage } from './fakes/electron'
import { startShell } from './helpers/shell'

vi.mock('electron', () => import('./fakes/electron'))

const PASS = 'shell test passphrase'
let home = ''
let win: BrowserWindow

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'tandem-shell-lock-'))
  // An encrypted journal where the shell looks for it: the shell must start on it while it is locked.
  const engine = await createTandem({
    dataDir: join(home, 'journal'),
    resourcesDir: 'resources',
    ports: { openExternal: async () => undefined },
  })
  const prepared = await engine.router.handle('encryption:prepare', undefined)
  if (!prepared.ok) throw new Error(prepared.error.message)
  const { recoveryKey } = prepared.value as { recoveryKey: string }
  const on = await engine.router.handle('encryption:turn-on', { passphrase: PASS, recoveryKey })
  if (!on.ok) throw new Error(on.error.message)
  await engine.close()
  win = await startShell(home)
}, 30_000)

const fromPage = () => ({
  sender: win.webContents,
  senderFrame: { url: 'tandem://app/index.html', parent: null },
})
const ask = async (channel: string, input?: unknown) => {
  const handler = ipcMain.handlers.get(channel)
  if (!handler) throw new Error(`${channel} is not bound`)
  return (await handler(fromPage(), input)) as Result<unknown>
}

describe('the shell on an encrypted journal', () => {
  it('starts locked: the window and the menu are built without opening the journal', async () => {
    expect(win.loaded).toContain('index.html')
    expect(Menu.history.length).toBeGreaterThan(0)
    expect(await ask('lock:status')).toMatchObject({ ok: true, value: { encrypted: true, locked: true } })
    expect(await ask('sessions:list')).toMatchObject({ ok: false, error: { code: 'locked' } })
  })

  it('when the computer sleeps, asks the window to lock, then locks by itself after the grace time', async () => {
    expect(await ask('lock:unlock', { passphrase: PASS })).toMatchObject({
      ok: true,
      value: { locked: false },
    })
    vi.useFakeTimers()
    try {
      const sentBefore = win.webContents.sent.length
      powerMonitor.emit('suspend')
      expect(win.webContents.sent.slice(sentBefore)).toEqual([
        { channel: APP_COMMAND_EVENT, args: [{ kind: 'lock' }] },
      ])
      expect((await ask('lock:status')) as { value: { locked: boolean } }).toMatchObject({
        value: { locked: false },
      })
      await vi.advanceTimersByTimeAsync(LOCK_GRACE_MS)
      await vi.waitFor(async () =>
        expect(await ask('lock:status')).toMatchObject({ value: { locked: true } }),
      )
      expect(win.webContents.sent.at(-1)).toEqual({ channel: APP_COMMAND_EVENT, args: [{ kind: 'locked' }] })
    } finally {
      vi.useRealTimers()
    }
  })

  it('a locked screen (or a journal already locked) sends nothing more', async () => {
    const sentBefore = win.webContents.sent.length
    powerMonitor.emit('lock-screen')
    expect(win.webContents.sent.length).toBe(sentBefore)
  })
})

describe('lock on sleep, on its own', () => {
  it('does nothing for a journal that is not encrypted, and stops listening when asked', () => {
    const engine = { encrypted: false, locked: false, lock: vi.fn(async () => undefined) }
    const window = new BrowserWindow()
    const stop = lockOnSleep(engine, () => window as unknown as Electron.BrowserWindow)
    powerMonitor.emit('suspend')
    expect(window.webContents.sent).toEqual([])
    stop()
    const encrypted = { encrypted: true, locked: false, lock: vi.fn(async () => undefined) }
    lockOnSleep(
      encrypted,
      () => window as unknown as Electron.BrowserWindow,
      () => undefined,
      { setTimeout: () => undefined },
    )()
    powerMonitor.emit('lock-screen')
    expect(window.webContents.sent).toEqual([])
  })
})

describe('the system keychain', () => {
  it('is a keychain only where safeStorage has a real backend', () => {
    safeStorage.availableNow = true
    safeStorage.backend = 'gnome_libsecret'
    expect(systemKeychain.available()).toBe(true)
    expect(systemKeychain.decrypt(systemKeychain.encrypt('a key'))).toBe('a key')
    expect(systemKeychain.encrypt('a key').toString('utf8')).not.toContain('a key')
    if (process.platform === 'linux') {
      safeStorage.backend = 'basic_text'
      expect(systemKeychain.available()).toBe(false)
    }
    safeStorage.availableNow = false
    safeStorage.backend = 'gnome_libsecret'
    expect(systemKeychain.available()).toBe(false)
  })
})
