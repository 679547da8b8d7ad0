import { join } from 'node:path'
import { app, BrowserWindow, dialog, nativeTheme, screen, session, shell } from 'electron'
import { createTandem, type Tandem } from './app'
import { lockOnSleep } from './electron/auto-lock'
import { exportPorts } from './electron/export-ports'
import { bindIpc } from './electron/ipc'
import { systemKeychain } from './electron/keychain'
import { applyMenu, type MenuShell } from './electron/menu'
import { notificationsPort } from './electron/notifications'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './electron/protocol'
import { APP_PERMISSIONS, denyPermissions, hardenWebContents } from './electron/security'
import { openJournalOrAsk, startupReason } from './electron/startup'
import { boundsOnScreen, loadWindowState, saveWindowState } from './electron/window-state'
import { resolveDataDir } from './journal/data-dir'
import type { Router } from './router'

const here = import.meta.dirname
const devServerUrl = process.env.ELECTRON_RENDERER_URL
/** Scheme and host of the renderer's pages (never `URL.origin`: for tandem: it is the string "null"). */
const appOrigin = (): string => {
  if (!devServerUrl || app.isPackaged) return APP_ORIGIN
  const dev = new URL(devServerUrl)
  return `${dev.protocol}//${dev.host}`
}

let tandem: Tandem | null = null
let mainWindow: BrowserWindow | null = null

// Lets the end-to-end specs run several instances side by side without tripping the single-instance lock.
if (process.env.TANDEM_USER_DATA_DIR) app.setPath('userData', process.env.TANDEM_USER_DATA_DIR)
// Every renderer the app ever makes is sandboxed, whatever its own webPreferences say.
app.enableSandbox()
registerAppScheme()
hardenWebContents(app, appOrigin)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Whatever failed, the user hears of it: a silent exit leaves no window, and the single-instance
      // lock makes every later launch do nothing either.
      console.error(error)
      dialog.showErrorBox('Tandem could not start', startupReason(error))
      app.exit(1)
    })
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession, APP_PERMISSIONS)
  serveRenderer(join(here, '../renderer'))
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
  tandem = await openJournalOrAsk(
    dataDir,
    (dir) =>
      createTandem({
        dataDir: dir,
        configDir: app.getPath('userData'),
        keychain: systemKeychain,
        appVersion: app.getVersion(),
        resourcesDir: app.isPackaged
          ? join(process.resourcesPath, 'resources')
          : join(here, '../../resources'),
        ports: {
          openExternal: (url) => shell.openExternal(url),
          ...exportPorts(() => mainWindow),
          ...notificationsPort({ main: () => mainWindow, open: createWindow }),
        },
      }),
    {
      showMessageBox: (options) => dialog.showMessageBox(options),
      chooseFolder: async () => {
        const picked = await dialog.showOpenDialog({
          title: 'Choose your journal folder',
          properties: ['openDirectory', 'createDirectory'],
        })
        return picked.canceled ? null : (picked.filePaths[0] ?? null)
      },
    },
  )
  if (!tandem) {
    app.exit(1)
    return
  }
  const engine = tandem
  const menu: MenuShell = {
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    appName: app.name,
    version: app.getVersion(),
    mainWindow: () => mainWindow,
    journalDir: () => engine.dataDir,
    // Both readable while the journal is locked (engine.journal and engine.settings are not).
    theme: () => engine.device.read().theme,
  }
  const router: Router = {
    async handle(channel, input) {
      const answer = await engine.router.handle(channel, input)
      // The Theme items show the setting, whether it changed from the menu or the Settings screen.
      if (channel === 'settings:update' && answer.ok) applyMenu(menu)
      return answer
    },
  }
  bindIpc(router, appOrigin)
  lockOnSleep(engine, () => mainWindow)
  applyMenu(menu)
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

function createWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), 'window-state.json')
  const remembered = loadWindowState(stateFile)
  const bounds = boundsOnScreen(
    remembered,
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 760,
    minHeight: 520,
    title: 'Tandem',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#f7f6f3',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      // A middle click must not open a link in a new window, whatever setWindowOpenHandler says.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  mainWindow = win
  if (remembered?.maximized) win.maximize()
  // Remembered when the window closes: size and place as a normal window, and whether it was maximized.
  win.on('close', () => {
    const normal = win.getNormalBounds()
    void saveWindowState(stateFile, {
      schemaVersion: 1,
      ...normal,
      width: Math.max(760, normal.width),
      height: Math.max(520, normal.height),
      maximized: win.isMaximized(),
    }).catch((error: unknown) => console.error(error))
  })
  win.once('ready-to-show', () => {
    win.show()
    // Reminders begin once the window is up, so start-up never waits on them.
    tandem?.startReminders()
  })
  win.on('closed', () => {
    mainWindow = null
  })
  void win.loadURL(devServerUrl && !app.isPackaged ? devServerUrl : `${APP_ORIGIN}/index.html`)
  return win
}

let quitting = false
app.on('before-quit', (event) => {
  // Let pending saves reach the disk before the process ends.
  if (quitting || !tandem) return
  event.preventDefault()
  quitting = true
  void tandem.close().finally(() => app.quit())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
