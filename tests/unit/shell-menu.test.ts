import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { MenuShell } from '../../src/main/electron/menu'
import { APP_COMMAND_EVENT } from '../../src/shared/contract/commands'
import type { Result } from '../../src/shared/errors'
import { BrowserWindow, dialog, type FakeMenuItem, ipcMain, Menu, shell } from './fakes/electron'

import { startShell } from './helpers/shell'

vi.mock('electron', () => import('./fakes/electron'))

let home = ''

/** The real src/main/index.ts, started against the stand-in on a fresh journal (on this test's Linux). */
beforeAll(async () => {
  delete process.env.TANDEM_DATA_DIR
  home = await mkdtemp(join(tmpdir(), 'tandem-menu-'))
  await startShell(home)
})

const mainWindow = () => {
  const win = BrowserWindow.made[0]
  if (!win) throw new Error('no window')
  return win
}
const template = (): FakeMenuItem[] => {
  if (!Menu.applied) throw new Error('no application menu')
  return Menu.applied.template
}
const everyItem = (items: FakeMenuItem[]): FakeMenuItem[] =>
  items.flatMap((item) => [item, ...everyItem(item.submenu ?? [])])
const menuNamed = (label: string): FakeMenuItem[] => {
  const menu = template().find((item) => item.label === label)
  if (!menu?.submenu) throw new Error(`no ${label} menu`)
  return menu.submenu
}
const itemNamed = (label: string, items = everyItem(template())): FakeMenuItem => {
  const found = items.find((item) => item.label === label && item.visible !== false)
  if (!found) throw new Error(`no item "${label}"`)
  return found
}
/** What an item shows: its label and key, hidden items and separators left out. */
const shown = (items: FakeMenuItem[]) =>
  items
    .filter((item) => item.visible !== false && item.type !== 'separator')
    .map((item) => item.role ?? (item.accelerator ? `${item.label} ${item.accelerator}` : item.label))
const click = (label: string) => itemNamed(label).click?.({}, mainWindow(), {})
const lastSent = () => mainWindow().webContents.sent.at(-1)

describe('the application menu', () => {
  it('has File, Edit, View, Go, Window and Help, with no macOS app menu on Linux', () => {
    expect(template().map((item) => item.label ?? item.role)).toEqual([
      'File',
      'Edit',
      'View',
      'Go',
      'windowMenu',
      'Help',
    ])
  })

  it('File: new session, goal and reflection, Export…, Back up now…, Lock Tandem, Quit', () => {
    expect(shown(menuNamed('File'))).toEqual([
      'New session CmdOrCtrl+N',
      'New goal',
      'New reflection',
      'Export…',
      'Back up now…',
      'Lock Tandem CmdOrCtrl+L',
      'quit',
    ])
  })

  it('View: every screen on CmdOrCtrl+1…9, text size, theme, full screen and (unpackaged) dev tools', () => {
    const view = menuNamed('View')
    expect(shown(view)).toEqual([
      'Home CmdOrCtrl+1',
      'Sessions CmdOrCtrl+2',
      'People CmdOrCtrl+3',
      'Goals CmdOrCtrl+4',
      'Skills CmdOrCtrl+5',
      'Practise skills CmdOrCtrl+6',
      'Reflections CmdOrCtrl+7',
      'Export CmdOrCtrl+8',
      'Settings CmdOrCtrl+9',
      'Text size',
      'Theme',
      'togglefullscreen',
      'toggleDevTools',
    ])
    const textSize = itemNamed('Text size').submenu ?? []
    expect(shown(textSize)).toEqual(['Larger CmdOrCtrl+=', 'Smaller CmdOrCtrl+-', 'Actual size CmdOrCtrl+0'])
    // CmdOrCtrl+Plus works too, from an item the menu does not show.
    expect(textSize.filter((item) => item.label === 'Larger').map((item) => item.accelerator)).toEqual([
      'CmdOrCtrl+=',
      'CmdOrCtrl+Plus',
    ])
    const theme = itemNamed('Theme').submenu ?? []
    expect(theme.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['System', 'radio', true],
      ['Light', 'radio', false],
      ['Dark', 'radio', false],
    ])
  })

  it('Edit: the usual editing items, then Find… on CmdOrCtrl+K (and CmdOrCtrl+F, not shown)', () => {
    const edit = menuNamed('Edit')
    expect(shown(edit)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
      'Find… CmdOrCtrl+K',
    ])
    expect(edit.filter((item) => item.label === 'Find…').map((item) => item.accelerator)).toEqual([
      'CmdOrCtrl+K',
      'CmdOrCtrl+F',
    ])
  })

  it('Go: Back on Alt+Left, Forward on Alt+Right; Help: the journal folder and About', () => {
    expect(shown(menuNamed('Go'))).toEqual(['Back Alt+Left', 'Forward Alt+Right'])
    expect(shown(menuNamed('Help'))).toEqual(['Show journal folder', 'About Tandem'])
  })

  it('has none of Electron’s zoom roles: text size is the setting, not page zoom', () => {
    const roles = everyItem(template()).map((item) => item.role)
    expect(roles).not.toContain('zoomIn')
    expect(roles).not.toContain('zoomOut')
    expect(roles).not.toContain('resetZoom')
    expect(roles).not.toContain('viewMenu')
  })

  it('shows the keys the page handles without registering them, so no key runs twice', () => {
    const keyed = everyItem(template()).filter((item) => item.accelerator !== undefined && !item.role)
    expect(keyed.length).toBe(19)
    for (const item of keyed) expect(item.registerAccelerator, item.label).toBe(false)
  })

  it('sends each command to the main window on the typed command event', () => {
    click('New session')
    expect(lastSent()).toEqual({ channel: APP_COMMAND_EVENT, args: [{ kind: 'new-session' }] })
    click('Goals')
    expect(lastSent()).toEqual({ channel: APP_COMMAND_EVENT, args: [{ kind: 'go', screen: 'goals' }] })
    click('Export…')
    expect(lastSent()).toEqual({ channel: APP_COMMAND_EVENT, args: [{ kind: 'go', screen: 'export' }] })
    click('Larger')
    expect(lastSent()).toEqual({
      channel: APP_COMMAND_EVENT,
      args: [{ kind: 'text-size', change: 'larger' }],
    })
    click('Dark')
    expect(lastSent()).toEqual({ channel: APP_COMMAND_EVENT, args: [{ kind: 'theme', theme: 'dark' }] })
    click('Back')
    expect(lastSent()).toEqual({ channel: APP_COMMAND_EVENT, args: [{ kind: 'back' }] })
    click('Find…')
    expect(lastSent()).toEqual({ channel: APP_COMMAND_EVENT, args: [{ kind: 'open-search' }] })
    click('Back up now…')
    expect(lastSent()).toEqual({ channel: APP_COMMAND_EVENT, args: [{ kind: 'back-up-now' }] })
    click('Lock Tandem')
    expect(lastSent()).toEqual({ channel: APP_COMMAND_EVENT, args: [{ kind: 'lock' }] })
    expect(mainWindow().webContents.sent.every((m) => m.channel === APP_COMMAND_EVENT)).toBe(true)
  })

  it('shows the theme as it is saved, also after the page changed it', async () => {
    const update = ipcMain.handlers.get('settings:update')
    if (!update) throw new Error('settings:update is not bound')
    const fromPage = {
      sender: mainWindow().webContents,
      senderFrame: { url: 'tandem://app/index.html', parent: null },
    }
    const before = Menu.history.length
    const answer = (await update(fromPage, { device: { theme: 'dark' } })) as Result<unknown>
    expect(answer.ok).toBe(true)
    expect(Menu.history.length).toBe(before + 1)
    const theme = itemNamed('Theme').submenu ?? []
    expect(theme.map((item) => [item.label, item.checked])).toEqual([
      ['System', false],
      ['Light', false],
      ['Dark', true],
    ])
  })

  it('About names the app and its version', async () => {
    await click('About Tandem')
    expect(dialog.boxes.at(-1)).toMatchObject({ message: 'Tandem', title: 'About Tandem' })
    expect(dialog.boxes.at(-1)?.detail).toContain('Version 0.1.0-test')
  })

  it('Show journal folder opens the journal folder, and says so when the system cannot', async () => {
    await click('Show journal folder')
    expect(shell.openedPaths).toEqual([join(home, 'journal')])
    shell.openPathAnswer = 'Failed to open path'
    await click('Show journal folder')
    shell.openPathAnswer = ''
    expect(dialog.boxes.at(-1)?.message).toBe('Tandem could not open your journal folder.')
    expect(dialog.boxes.at(-1)?.detail).toContain(join(home, 'journal'))
  })
})

describe('the menu elsewhere', () => {
  const shellFor = (over: Partial<MenuShell>): MenuShell => ({
    isMac: false,
    isPackaged: false,
    appName: 'Tandem',
    version: '1.2.3',
    mainWindow: () => null,
    journalDir: () => '/journal',
    theme: () => 'system',
    ...over,
  })

  it('has no dev tools once packaged', async () => {
    const { menuTemplate } = await import('../../src/main/electron/menu')
    const roles = everyItem(menuTemplate(shellFor({ isPackaged: true })) as FakeMenuItem[]).map((i) => i.role)
    expect(roles).toContain('togglefullscreen')
    expect(roles).not.toContain('toggleDevTools')
  })

  it('on macOS: the app menu first, Close for Quit, Cmd+[ and Cmd+], and the menu takes the keys', async () => {
    const { menuTemplate } = await import('../../src/main/electron/menu')
    const mac = menuTemplate(shellFor({ isMac: true })) as FakeMenuItem[]
    expect(mac[0]).toEqual({ role: 'appMenu' })
    const file = mac.find((item) => item.label === 'File')?.submenu ?? []
    expect(file.at(-1)).toEqual({ role: 'close' })
    const go = mac.find((item) => item.label === 'Go')?.submenu ?? []
    expect(go.map((item) => item.accelerator)).toEqual(['Cmd+[', 'Cmd+]'])
    const keyed = everyItem(mac).filter((item) => item.accelerator !== undefined && !item.role)
    for (const item of keyed) expect(item.registerAccelerator, item.label).toBe(true)
    const plus = everyItem(mac).find((item) => item.accelerator === 'CmdOrCtrl+Plus')
    expect(plus).toMatchObject({ visible: false, acceleratorWorksWhenHidden: true })
  })
})
