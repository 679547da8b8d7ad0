/**
 * A recording stand-in for the `electron` module, as far as Tandem's shell uses it, so the real
 * src/main/index.ts start-up runs in plain Node (vitest `vi.mock('electron', …)`). It records what the
 * shell asked for — windows and their options, handlers, menus, dialogs — and lets a test play the
 * events Electron would send (IPC calls, navigations, window.open, permission requests, quitting).
 */
type Listener = (...args: unknown[]) => unknown

class Emitter {
  private readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped)
      return listener(...args)
    }
    return this.on(event, wrapped)
  }
  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    )
    return this
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }
}

export class FakeSession {
  /** A session's own protocol handlers (session.protocol.handle). */
  readonly protocol = {
    handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
      this.handlers.set(scheme, handler)
    },
    unhandle(scheme: string): void {
      this.handlers.delete(scheme)
    },
  }
  requestHandler:
    | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
    | null = null
  checkHandler: ((...args: unknown[]) => boolean) | null = null
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler
  }
}

const partitions = new Map<string, FakeSession>()

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  /** What main sent to the page (`webContents.send`), in order. */
  readonly sent: Array<{ channel: string; args: unknown[] }> = []
  readonly session: FakeSession
  constructor(partition: string | undefined) {
    super()
    this.session = partition ? sessionFor(partition) : session.defaultSession
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler
  }
  /** What main sent to the page, in order. */
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  async printToPDF(): Promise<Uint8Array> {
    return new Uint8Array([37, 80, 68, 70])
  }
}

function sessionFor(partition: string): FakeSession {
  const existing = partitions.get(partition)
  if (existing) return existing
  const made = new FakeSession()
  partitions.set(partition, made)
  return made
}

interface WindowOptions {
  webPreferences?: Record<string, unknown> & { partition?: string }
  [key: string]: unknown
}

export class BrowserWindow extends Emitter {
  static readonly made: BrowserWindow[] = []
  readonly webContents: FakeWebContents
  loaded: string | null = null
  destroyed = false
  shown = false
  constructor(readonly options: WindowOptions = {}) {
    super()
    this.webContents = new FakeWebContents(options.webPreferences?.partition)
    BrowserWindow.made.push(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.made.find((w) => w.webContents === contents && !w.destroyed) ?? null
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.made.filter((w) => !w.destroyed)
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = url
  }
  async loadFile(path: string): Promise<void> {
    this.loaded = `file://${path}`
  }
  show(): void {
    this.shown = true
  }
  maximized = false
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    const o = this.options as { x?: number; y?: number; width?: number; height?: number }
    return { x: o.x ?? 100, y: o.y ?? 80, width: o.width ?? 800, height: o.height ?? 600 }
  }
  focused = false
  focus(): void {
    this.focused = true
  }
  restore(): void {}
  isMinimized(): boolean {
    return false
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    this.destroyed = true
  }
}

class FakeApp extends Emitter {
  isPackaged = false
  name = 'Tandem'
  version = '0.1.0-test'
  readonly paths = new Map<string, string>()
  quits = 0
  exitCode: number | null = null
  lockRequested = false
  sandboxEnabled = false
  private readonly ready: Promise<void> = Promise.resolve()
  whenReady(): Promise<void> {
    return this.ready
  }
  enableSandbox(): void {
    this.sandboxEnabled = true
  }
  requestSingleInstanceLock(): boolean {
    this.lockRequested = true
    return true
  }
  getVersion(): string {
    return this.version
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value)
  }
  getPath(name: string): string {
    const path = this.paths.get(name)
    if (!path) throw new Error(`The test set no path for ${name}`)
    return path
  }
  quit(): void {
    this.quits += 1
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
    this.emit('before-quit', event)
  }
  exit(code: number): void {
    this.exitCode = code
  }
  appUserModelId: string | null = null
  setAppUserModelId(id: string): void {
    this.appUserModelId = id
  }
}

export const app = new FakeApp()

export const session = { defaultSession: new FakeSession(), fromPartition: sessionFor }

export const protocol = {
  privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  registerSchemesAsPrivileged(list: Array<{ scheme: string; privileges: Record<string, boolean> }>): void {
    protocol.privileged.push(...list)
  },
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void {
    protocol.handlers.set(scheme, handler)
  },
}

export const ipcMain = {
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  handle(channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>): void {
    ipcMain.handlers.set(channel, handler)
  },
}

/** A menu item as the shell writes it (Electron's MenuItemConstructorOptions, as far as tests read it). */
export interface FakeMenuItem {
  id?: string
  label?: string
  role?: string
  type?: string
  accelerator?: string
  registerAccelerator?: boolean
  acceleratorWorksWhenHidden?: boolean
  visible?: boolean
  checked?: boolean
  submenu?: FakeMenuItem[]
  click?: (...args: unknown[]) => unknown
}

export const Menu = {
  /** The application menu as last set: the template it was built from. */
  applied: null as { template: FakeMenuItem[] } | null,
  /** Every application menu set, in order (the shell rebuilds it when what it shows changes). */
  history: [] as Array<{ template: FakeMenuItem[] }>,
  buildFromTemplate: (template: FakeMenuItem[]) => ({ template }),
  setApplicationMenu(menu: { template: FakeMenuItem[] }): void {
    Menu.applied = menu
    Menu.history.push(menu)
  },
}

/** The system's notifications: a test reads what was shown and clicks one with `emit('click')`. */
export class Notification extends Emitter {
  static readonly made: Notification[] = []
  static supported = true
  static isSupported(): boolean {
    return Notification.supported
  }
  shown = false
  constructor(readonly options: { title: string; body: string }) {
    super()
    Notification.made.push(this)
  }
  show(): void {
    this.shown = true
  }
}

export const nativeTheme = { shouldUseDarkColors: false }

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getAllDisplays: () => screen.displays,
}

export const shell = {
  opened: [] as string[],
  /** Files and folders the shell asked the OS to open. */
  openedPaths: [] as string[],
  /** What the next openPath answers ('' is success, as in Electron; otherwise the error's text). */
  openPathAnswer: '',
  async openExternal(url: string): Promise<void> {
    shell.opened.push(url)
  },
  async openPath(path: string): Promise<string> {
    shell.openedPaths.push(path)
    return shell.openPathAnswer
  },
}

export const dialog = {
  boxes: [] as Array<{ message: string; detail?: string; title?: string }>,
  errors: [] as Array<{ title: string; content: string }>,
  /** The button the next message boxes answer, in order; then "Quit" (1). */
  answers: [] as number[],
  async showMessageBox(options: {
    message: string
    detail?: string
    title?: string
  }): Promise<{ response: number }> {
    dialog.boxes.push(options)
    return { response: dialog.answers.shift() ?? 1 }
  },
  showErrorBox(title: string, content: string): void {
    dialog.errors.push({ title, content })
  },
  /** What each open dialog was asked for; `nextOpen` is what the next one answers (null: cancelled). */
  opened: [] as Array<{ properties?: string[]; filters?: unknown }>,
  nextOpen: null as string | null,
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    dialog.opened.push((args[args.length - 1] ?? {}) as { properties?: string[] })
    const pick = dialog.nextOpen
    return pick === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [pick] }
  },
  async showSaveDialog(): Promise<{ canceled: boolean; filePath?: string }> {
    return { canceled: true }
  },
}

/** powerMonitor: tests emit 'suspend' and 'lock-screen' on it. */
export const powerMonitor = new Emitter()

/** safeStorage: a stand-in "keychain" whose backend and availability a test sets. */
export const safeStorage = {
  availableNow: true,
  backend: 'gnome_libsecret',
  isEncryptionAvailable: () => safeStorage.availableNow,
  getSelectedStorageBackend: () => safeStorage.backend,
  encryptString: (text: string) => Buffer.from([...Buffer.from(text, 'utf8')].map((b) => b ^ 0x33)),
  decryptString: (bytes: Buffer) => Buffer.from([...bytes].map((b) => b ^ 0x33)).toString('utf8'),
}

export default {
  app,
  powerMonitor,
  safeStorage,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  protocol,
  screen,
  session,
  shell,
}
