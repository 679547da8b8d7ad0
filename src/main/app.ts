import { isChannelName } from '../shared/contract'
import type { WindowAnswer } from '../shared/contract/lock'
import { systemTimer, type Timer } from './context'
import type { Keychain } from './crypto/keychain'
import { type FeatureOptions, type Features, openFeatures } from './features'
import { LockController, type LockedDoor, lockedError } from './lock/controller'
import { RememberedKey } from './lock/key-store'
import { createLockRouter, isLockChannel } from './lock/router'
import { type ReminderSchedule, scheduleReminders } from './reminders/scheduler'
import type { RemindersService } from './reminders/service'
import type { Router } from './router'
import { type DeviceSettingsStore, openDeviceSettings } from './settings/device-file'
import type { SettingsService } from './settings/service'
import { type FileCipher, PLAIN_FILES } from './store/cipher'
import type { Journal } from './store/journal'

export interface TandemOptions extends FeatureOptions {
  /**
   * The app's own config folder (Electron's userData), for this computer's settings. Without one
   * (unit tests), those settings last as long as the engine.
   */
  configDir?: string
  /** Repeats the reminder check every minute; tests pass one they tick by hand. */
  timer?: Timer
  /** This computer's keychain, for "remember on this computer" (Electron safeStorage in the app). */
  keychain?: Keychain
}

export interface Tandem {
  router: Router
  /** The journal folder (known even while the journal is locked). */
  readonly dataDir: string
  /** The journal as it is open now; throws `locked` while it is locked. */
  readonly journal: Journal
  /** This computer's settings (how the app looks here), readable while the journal is locked. */
  readonly device: DeviceSettingsStore
  /** The settings as they are now (the shell reads reminders and the theme from here); throws `locked`. */
  readonly settings: SettingsService
  /** The reminders engine of the features as they are now; throws `locked`. */
  readonly reminders: RemindersService
  /** True when the journal's files are encrypted: it starts locked. */
  readonly encrypted: boolean
  /** True while the data key is not in memory: every channel but the lock's answers `locked`. */
  readonly locked: boolean
  /** Locks the journal now (pending writes land first); nothing happens when it is not encrypted. */
  lock(): Promise<void>
  /** What the window last answered to the shell's "lock" (`lock:window-answer`), since it was forgotten. */
  readonly windowAnswer: WindowAnswer | null
  forgetWindowAnswer(): void
  /**
   * Starts showing reminders through `ports.notify`: a check now, without waiting for it, then every
   * minute. The shell calls it once the window is shown; calling it again does nothing.
   */
  startReminders(): void
  /** Stops the reminders and waits for every pending write; call before quitting. */
  close(): Promise<void>
}

/**
 * The engine: opens the journal folder and wires every feature onto one router.
 * It knows nothing of Electron, so the app and the tests run exactly this.
 * The router it returns is stable, while the features behind it can be re-opened: restoring a backup
 * rewrites the journal's files and then swaps in features freshly opened on them, and an encrypted
 * journal has no features at all while it is locked (see lock/controller.ts).
 */
export async function createTandem(options: TandemOptions): Promise<Tandem> {
  const device = await openDeviceSettings(options.configDir)
  let current: Features | null = null
  let cipher: FileCipher = PLAIN_FILES
  let schedule: ReminderSchedule | null = null
  let closed = false
  /** Set while the features re-open. */
  let reopening: Promise<void> | null = null
  /** Requests the features are answering now. */
  const inFlight = new Set<Promise<unknown>>()
  const door: LockedDoor = {
    async open(next) {
      cipher = next
      current = await openFeatures(options, device, next, restore)
    },
    async close() {
      const open = current
      current = null
      // Requests already inside the features (a save sent just before "lock") finish first.
      await Promise.all([...inFlight])
      await open?.close()
    },
    /**
     * Holds new requests, closes the journal (pending saves land, later ones are refused), runs
     * `work` on the closed folder, then opens the features afresh on it.
     */
    reopen(work, fallback) {
      reopening = (async () => {
        await current?.close()
        current = null
        let next: FileCipher | null = null
        try {
          next = await work()
        } finally {
          cipher = next ?? fallback()
          current = await openFeatures(options, device, cipher, restore)
        }
      })().finally(() => {
        reopening = null
      })
      return reopening
    },
  }
  /** A restore rewrites the files with the journal's cipher as it is. */
  const restore = (rewrite: () => Promise<void> = async () => undefined): Promise<void> =>
    door.reopen(
      async () => {
        await rewrite()
        return cipher
      },
      () => cipher,
    )
  const lock = new LockController(
    {
      dataDir: options.dataDir,
      fs: options.fs,
      remembered: new RememberedKey(options.configDir, options.keychain),
      chooseSavePath: options.ports.chooseSavePath,
    },
    door,
  )
  // What the window last said about a lock the shell asked for (see electron/auto-lock.ts).
  let windowAnswer: WindowAnswer | null = null
  const lockRouter = createLockRouter(
    lock,
    {
      device: () => device.read(),
      hearWindow: (answer) => {
        windowAnswer = answer
      },
    },
    options.log,
  )
  const initial = await lock.atStart()
  if (initial) await door.open(initial)
  const features = (): Features => {
    if (!current) throw lockedError()
    return current
  }
  return {
    router: {
      async handle(channel, input) {
        if (isLockChannel(channel)) {
          // The status answers while files are rewritten, so the progress can be shown.
          if (channel !== 'lock:status' && reopening) await reopening.catch(() => undefined)
          return lockRouter.handle(channel, input)
        }
        // Requests that arrive while the features re-open wait for the new ones.
        if (reopening) await reopening.catch(() => undefined)
        if (!current) {
          if (!isChannelName(channel)) return unknownChannel()
          return { ok: false, error: lockedError().toShape() }
        }
        const answer = current.router.handle(channel, input)
        inFlight.add(answer)
        try {
          return await answer
        } finally {
          inFlight.delete(answer)
        }
      },
    },
    dataDir: options.dataDir,
    device,
    get journal() {
      return features().journal
    },
    get settings() {
      return features().settings
    },
    get reminders() {
      return features().reminders
    },
    get encrypted() {
      return lock.encrypted
    },
    get locked() {
      return lock.locked
    },
    async lock() {
      await lock.lock()
    },
    get windowAnswer() {
      return windowAnswer
    },
    forgetWindowAnswer() {
      windowAnswer = null
    },
    startReminders() {
      if (schedule || closed) return
      schedule = scheduleReminders(
        // While the features re-open or the journal is locked there is nothing to look at; the next minute will do.
        async () => (reopening || !current ? [] : current.reminders.deliver()),
        options.timer ?? systemTimer,
        options.log ?? ((error) => console.error(error)),
      )
    },
    close: async () => {
      closed = true
      schedule?.close()
      await current?.close()
    },
  }
}

const unknownChannel = () => ({
  ok: false as const,
  error: { code: 'unknown-channel' as const, message: 'Tandem does not know that request.' },
})
