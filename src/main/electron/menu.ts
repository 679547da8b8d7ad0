import { type BrowserWindow, dialog, Menu, type MenuItemConstructorOptions, shell } from 'electron'
import { APP_COMMAND_EVENT, AppCommand } from '../../shared/contract/commands'
import type { ThemeChoice } from '../../shared/domain/settings'
import { keysOf, type MenuCommandId, menuCommands } from '../../shared/menu-commands'

/** What the menu needs from the shell. */
export interface MenuShell {
  isMac: boolean
  isPackaged: boolean
  appName: string
  version: string
  /** The window commands go to; null when none is open. */
  mainWindow(): BrowserWindow | null
  /** The journal folder as it is open now. */
  journalDir(): string
  /** This computer's theme setting, which the Theme items show. */
  theme(): ThemeChoice
}

/** Sends a command to the page on the one typed main → renderer event. */
export function sendCommand(win: BrowserWindow | null, command: AppCommand): void {
  if (!win || win.isDestroyed()) return
  win.webContents.send(APP_COMMAND_EVENT, AppCommand.parse(command))
}

/**
 * The application menu. Items from the shared command table send their AppCommand to the page, which
 * runs it (navigation, settings, backups all live there). On Windows and Linux the page also handles
 * their keys (the same table, app/useAppCommands.ts), so the menu shows the key without registering
 * it; on macOS the menu takes the keys and the page stands down (`tandemShell.keysHandledByMenu`).
 * Text size replaces Electron's zoom roles: it is the persisted textSize setting, not page zoom.
 */
export function menuTemplate(app: MenuShell): MenuItemConstructorOptions[] {
  const send = (command: AppCommand) => sendCommand(app.mainWindow(), command)

  /** The command's item, and a hidden one for each alias key (CmdOrCtrl+Plus beside CmdOrCtrl+=). */
  const item = (id: MenuCommandId, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions[] => {
    const entry = menuCommands[id]
    const [shown, ...aliases] = keysOf(entry, app.isMac)
    const click = () => send(entry.command)
    const keyed = (accelerator: string | undefined) =>
      accelerator === undefined ? {} : { accelerator, registerAccelerator: app.isMac }
    return [
      { id, label: entry.label, click, ...keyed(shown), ...extra },
      ...aliases.map(
        (alias): MenuItemConstructorOptions => ({
          id: `${id}:${alias}`,
          label: entry.label,
          click,
          visible: false,
          acceleratorWorksWhenHidden: true,
          ...keyed(alias),
        }),
      ),
    ]
  }
  const theme = (id: MenuCommandId, choice: ThemeChoice) =>
    item(id, { type: 'radio', checked: app.theme() === choice })
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  return [
    ...(app.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        ...item('newSession'),
        ...item('newGoal'),
        ...item('newReflection'),
        separator,
        ...item('exportScreen'),
        ...item('backUpNow'),
        separator,
        ...item('lockNow'),
        separator,
        app.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    // Electron's own Edit items, with Find… below them.
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(app.isMac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
        { role: 'delete' },
        { role: 'selectAll' },
        separator,
        ...item('openSearch'),
      ],
    },
    {
      label: 'View',
      submenu: [
        ...item('goHome'),
        ...item('goSessions'),
        ...item('goPeople'),
        ...item('goGoals'),
        ...item('goSkills'),
        ...item('goReview'),
        ...item('goReflections'),
        ...item('goExport'),
        ...item('goSettings'),
        separator,
        {
          label: 'Text size',
          submenu: [...item('textLarger'), ...item('textSmaller'), ...item('textReset')],
        },
        {
          label: 'Theme',
          submenu: [
            ...theme('themeSystem', 'system'),
            ...theme('themeLight', 'light'),
            ...theme('themeDark', 'dark'),
          ],
        },
        separator,
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { label: 'Go', submenu: [...item('back'), ...item('forward')] },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: 'Help',
      submenu: [
        { id: 'showJournalFolder', label: 'Show journal folder', click: () => showJournalFolder(app) },
        { id: 'about', label: `About ${app.appName}`, click: () => showAbout(app) },
      ],
    },
  ]
}

/** Builds the menu and puts it on the app; call again when what it shows (the theme) changed. */
export function applyMenu(app: MenuShell): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(app)))
}

async function showJournalFolder(app: MenuShell): Promise<void> {
  const dir = app.journalDir()
  const error = await shell.openPath(dir)
  if (error === '') return
  await dialog.showMessageBox({
    type: 'warning',
    message: 'Tandem could not open your journal folder.',
    detail: `The folder is ${dir}. Open it from your file manager instead. (${error})`,
  })
}

async function showAbout(app: MenuShell): Promise<void> {
  await dialog.showMessageBox({
    type: 'info',
    title: `About ${app.appName}`,
    message: app.appName,
    detail: `Version ${app.version}\n\nA private journal for two-way mentoring. Everything you write stays on this computer.`,
    buttons: ['OK'],
  })
}
