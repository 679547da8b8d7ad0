import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Result } from '../../src/shared/errors'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from './fakes/electron'

import { startShell } from './helpers/shell'

vi.mock('electron', () => import('./fakes/electron'))

/** The real src/main/index.ts, started against the stand-in on a fresh journal. */
beforeAll(async () => {
  await startShell(await mkdtemp(join(tmpdir(), 'tandem-shell-')))
})

const mainWindow = () => {
  const win = BrowserWindow.made[0]
  if (!win) throw new Error('no window')
  return win
}
const ask = (event: unknown, channel = 'journal:status') => {
  const handler = ipcMain.handlers.get(channel)
  if (!handler) throw new Error(`${channel} is not bound`)
  return handler(event, undefined) as Promise<Result<unknown>>
}
const fromFrame = (url: string, parent: unknown = null, sender: unknown = mainWindow().webContents) => ({
  sender,
  senderFrame: { url, parent },
})

describe('the Electron shell, started for real against a stand-in electron module', () => {
  it('takes the single-instance lock and registers tandem: as a standard, secure scheme', () => {
    expect(app.lockRequested).toBe(true)
    expect(app.sandboxEnabled).toBe(true)
    expect(protocol.privileged).toEqual([
      { scheme: 'tandem', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ])
    expect(protocol.handlers.has('tandem')).toBe(true)
  })

  it('opens one window: sandboxed, isolated, no Node, web security on, loading tandem://app/index.html', () => {
    const win = mainWindow()
    expect(win.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(win.options).toMatchObject({ width: 1200, height: 820, minWidth: 760, minHeight: 520 })
    expect(win.loaded).toBe('tandem://app/index.html')
    expect(Menu.applied).not.toBeNull()
  })

  it('answers IPC from the top frame of its own page, and nothing else', async () => {
    const answered = await ask(fromFrame('tandem://app/index.html'))
    expect(answered).toMatchObject({ ok: true, value: { problems: [] } })
    const refused = { ok: false, error: { code: 'not-allowed' } }
    expect(await ask(fromFrame('tandem://app/index.html', { url: 'tandem://app/' }))).toMatchObject(refused)
    expect(await ask(fromFrame('https://evil.example/'))).toMatchObject(refused)
    expect(await ask(fromFrame('file:///tmp/report.html'))).toMatchObject(refused)
    expect(await ask(fromFrame('tandem://app/index.html', null, { id: 'not a window' }))).toMatchObject(
      refused,
    )
  })

  it('allows its own navigations, prevents the rest, and never opens a window', () => {
    const contents = mainWindow().webContents
    const navigate = (url: string) => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) }
      contents.emit('will-navigate', event, url)
      return event.prevented
    }
    expect(navigate('tandem://app/index.html')).toBe(false)
    expect(navigate('https://evil.example/')).toBe(true)
    expect(navigate('file:///etc/passwd')).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/a' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(shell.opened).toEqual(['https://example.com/a'])
    // Redirects follow the same rule, and no webview can be attached.
    const redirect = { prevented: false, preventDefault: () => (redirect.prevented = true) }
    contents.emit('will-redirect', redirect, 'https://evil.example/')
    expect(redirect.prevented).toBe(true)
    const webview = { prevented: false, preventDefault: () => (webview.prevented = true) }
    contents.emit('will-attach-webview', webview, {}, {})
    expect(webview.prevented).toBe(true)
  })

  it('refuses every permission request but writing text to the clipboard', () => {
    const answers: boolean[] = []
    for (const permission of ['media', 'clipboard-read', 'notifications', 'clipboard-sanitized-write']) {
      session.defaultSession.requestHandler?.(null, permission, (granted) => answers.push(granted))
    }
    expect(answers).toEqual([false, false, false, true])
    expect(session.defaultSession.checkHandler?.(null, 'clipboard-read')).toBe(false)
    expect(session.defaultSession.checkHandler?.(null, 'media')).toBe(false)
    expect(session.defaultSession.checkHandler?.(null, 'clipboard-sanitized-write')).toBe(true)
  })

  it('waits for pending saves before it quits', async () => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    app.emit('before-quit', event)
    expect(event.defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(app.quits).toBe(1))
    expect(dialog.errors).toEqual([])
  })
})

describe('the open dialogs', () => {
  it('asks for a file with the filters given, or for a folder (a Markdown import), and answers null when cancelled', async () => {
    const { exportPorts } = await import('../../src/main/electron/export-ports')
    const ports = exportPorts(() => null)
    dialog.nextOpen = '/home/me/Day One.zip'
    const filters = [{ name: 'Day One export', extensions: ['zip', 'json'] }]
    expect(await ports.chooseOpenPath(filters)).toBe('/home/me/Day One.zip')
    expect(dialog.opened.at(-1)).toEqual({ filters, properties: ['openFile'] })
    dialog.nextOpen = '/home/me/notes'
    expect(await ports.chooseOpenFolder()).toBe('/home/me/notes')
    expect(dialog.opened.at(-1)).toEqual({ properties: ['openDirectory'] })
    dialog.nextOpen = null
    expect(await ports.chooseOpenFolder()).toBeNull()
  })
})

describe('the print window', () => {
  it('is sandboxed, runs no JavaScript, and its own session refuses every permission', async () => {
    const { exportPorts } = await import('../../src/main/electron/export-ports')
    const pdf = await exportPorts(() => null).printToPdf('<!doctype html><p>Report</p>', {
      pageSize: 'A4',
      headerTemplate: '',
      footerTemplate: '',
    })
    expect(pdf.length).toBeGreaterThan(0)
    const printer = BrowserWindow.made.at(-1)
    expect(printer?.options.webPreferences).toMatchObject({
      sandbox: true,
      javascript: false,
      contextIsolation: true,
    })
    expect(String(printer?.options.webPreferences?.partition)).toMatch(/^tandem-print-/)
    const answers: boolean[] = []
    printer?.webContents.session.requestHandler?.(null, 'notifications', (granted) => answers.push(granted))
    printer?.webContents.session.requestHandler?.(null, 'clipboard-sanitized-write', (granted) =>
      answers.push(granted),
    )
    expect(answers).toEqual([false, false])
    expect(printer?.destroyed).toBe(true)
  })

  it('loads the report from memory: no file is written to the temp folder, and the page is answered once printed', async () => {
    const { exportPorts } = await import('../../src/main/electron/export-ports')
    const before = new Set(await readdir(tmpdir()))
    let served = ''
    const printing = exportPorts(() => null).printToPdf('<!doctype html><p>A private line</p>', {
      pageSize: 'A4',
      headerTemplate: '',
      footerTemplate: '',
    })
    const printer = BrowserWindow.made.at(-1)
    const handler = printer?.webContents.session.protocol.handlers.get('tandem')
    if (handler) served = await (await handler(new Request('tandem://report/report.html'))).text()
    await printing
    expect(served).toContain('A private line')
    expect(printer?.loaded).toBe('tandem://report/report.html')
    expect(
      [...(await readdir(tmpdir()))].filter((name) => !before.has(name) && name.startsWith('tandem-print')),
    ).toEqual([])
    // The page is no longer answered once the print is done.
    expect(printer?.webContents.session.protocol.handlers.has('tandem')).toBe(false)
  })
})
