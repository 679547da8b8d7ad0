import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createTandem } from '../../src/main/app'
import { LOCK_GRACE_MS, LOCK_SAVING_MAX_MS, lockOnSleep } from '../../src/main/electron/auto-lock'
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

const quietWindow = () => ({ windowAnswer: null, forgetWindowAnswer: () => undefined })

describe('lock on sleep, when the window answers', () => {
  const unlock = async () =>
    expect(await ask('lock:unlock', { passphrase: PASS })).toMatchObject({ value: { locked: false } })
  const locked = async () => ((await ask('lock:status')) as { value: { locked: boolean } }).value.locked

  it('waits while the window says it is saving, and locks when the window asks', async () => {
    await unlock()
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      powerMonitor.emit('suspend')
      await ask('lock:window-answer', { answer: 'saving' })
      // Three grace periods go by: a slow save (a large session, a busy disk) is waited for.
      await vi.advanceTimersByTimeAsync(3 * LOCK_GRACE_MS)
      expect(await locked()).toBe(false)
      // The typing reaches main, then the window asks to lock: everything it sent is in the journal.
      await ask('lock:now')
      expect(await locked()).toBe(true)
      await vi.advanceTimersByTimeAsync(LOCK_GRACE_MS)
      expect(await locked()).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('a window still saving after a minute is locked anyway; one that kept the journal open is not', async () => {
    await unlock()
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      powerMonitor.emit('lock-screen')
      await ask('lock:window-answer', { answer: 'saving' })
      await vi.advanceTimersByTimeAsync(LOCK_SAVING_MAX_MS - LOCK_GRACE_MS)
      expect(await locked()).toBe(false)
      await vi.advanceTimersByTimeAsync(2 * LOCK_GRACE_MS)
      await vi.waitFor(async () => expect(await locked()).toBe(true))

      await unlock()
      powerMonitor.emit('suspend')
      await ask('lock:window-answer', { answer: 'saving' })
      // The save failed: the text is only on screen, so the window keeps the journal open and says so.
      await ask('lock:window-answer', { answer: 'kept-open' })
      await vi.advanceTimersByTimeAsync(LOCK_SAVING_MAX_MS * 2)
      expect(await locked()).toBe(false)

      // The next sleep starts afresh: a window that does not answer this time is locked after the grace.
      powerMonitor.emit('suspend')
      await vi.advanceTimersByTimeAsync(LOCK_GRACE_MS)
      await vi.waitFor(async () => expect(await locked()).toBe(true))
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('lock on sleep, on its own', () => {
  it('does nothing for a journal that is not encrypted, and stops listening when asked', () => {
    const engine = { ...quietWindow(), encrypted: false, locked: false, lock: vi.fn(async () => undefined) }
    const window = new BrowserWindow()
    const stop = lockOnSleep(engine, () => window as unknown as Electron.BrowserWindow)
    powerMonitor.emit('suspend')
    expect(window.webContents.sent).toEqual([])
    stop()
    const encrypted = { ...quietWindow(), encrypted: true, locked: false, lock: vi.fn(async () => undefined) }
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
