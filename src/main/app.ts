import { backupsHandlers } from './backups/handlers'
import { openBackups } from './backups/service'
import {
  type Clock,
  createEvents,
  type FeatureContext,
  type JournalEvents,
  type Ports,
  systemClock,
  systemTimer,
  type Timer,
} from './context'
import { exportHandlers } from './export/handlers'
import { openExport } from './export/service'
import { goalsHandlers } from './goals/handlers'
import { openGoals } from './goals/service'
import { journalHandlers } from './journal/handlers'
import { openJournal } from './journal/service'
import { journeyHandlers, openJourney } from './journey/handlers'
import { linksHandlers } from './links/handlers'
import { openLinks } from './links/service'
import { partnersHandlers } from './partners/handlers'
import { openPartners } from './partners/service'
import { programsHandlers } from './programs/handlers'
import { openPrograms } from './programs/service'
import { promptsHandlers } from './prompts/handlers'
import { openPrompts } from './prompts/service'
import { reflectionsHandlers } from './reflections/handlers'
import { openReflections } from './reflections/service'
import { type ReminderSchedule, scheduleReminders } from './reminders/scheduler'
import { openReminders, type RemindersService } from './reminders/service'
import { createRouter, type Router } from './router'
import { searchHandlers } from './search/handlers'
import { openSearch } from './search/service'
import { sessionsHandlers } from './sessions/handlers'
import { openSessions } from './sessions/service'
import { type DeviceSettingsStore, openDeviceSettings } from './settings/device-file'
import { settingsHandlers } from './settings/handlers'
import { openSettings, type SettingsService } from './settings/service'
import { skillsHandlers } from './skills/handlers'
import { openSkills } from './skills/service'
import type { DurableFs } from './store/durable-file'
import { Journal } from './store/journal'
import { trashHandlers } from './trash/handlers'
import { openTrash } from './trash/service'

export interface TandemOptions {
  dataDir: string
  resourcesDir: string
  ports: Ports
  clock?: Clock
  log?: (error: unknown) => void
  /** Makes the event bus for each opening of the features; tests pass one that records what it sees. */
  events?: () => JournalEvents
  /** The file operations of durable writes; crash tests pass one that fails at a chosen step. */
  fs?: DurableFs
  /**
   * The app's own config folder (Electron's userData), for this computer's settings. Without one
   * (unit tests), those settings last as long as the engine.
   */
  configDir?: string
  /** Repeats the reminder check every minute; tests pass one they tick by hand. */
  timer?: Timer
}

export interface Tandem {
  router: Router
  journal: Journal
  /** The settings as they are now (the shell reads reminders and the theme from here). */
  readonly settings: SettingsService
  /** The reminders engine of the features as they are now. */
  readonly reminders: RemindersService
  /**
   * Starts showing reminders through `ports.notify`: a check now, without waiting for it, then every
   * minute. The shell calls it once the window is shown; calling it again does nothing.
   */
  startReminders(): void
  /** Stops the reminders and waits for every pending write; call before quitting. */
  close(): Promise<void>
}

/** The features opened on the journal, as one opening of them (re-made after a restore). */
interface Features {
  router: Router
  journal: Journal
  settings: SettingsService
  reminders: RemindersService
  close(): Promise<void>
}

/**
 * The engine: opens the journal folder and wires every feature onto one router.
 * It knows nothing of Electron, so the app and the tests run exactly this.
 * The router it returns is stable, while the features behind it can be re-opened: restoring a backup
 * rewrites the journal's files and then swaps in features freshly opened on them.
 */
export async function createTandem(options: TandemOptions): Promise<Tandem> {
  const device = await openDeviceSettings(options.configDir)
  let current: Features
  let schedule: ReminderSchedule | null = null
  let closed = false
  /** Set while the features re-open. */
  let reopening: Promise<void> | null = null
  /**
   * Holds new requests, closes the journal (pending saves land, later ones are refused), runs
   * `rewrite` on the closed folder, then opens the features afresh on it.
   */
  const reopen = (rewrite: () => Promise<void> = async () => undefined): Promise<void> => {
    reopening = (async () => {
      await current.close()
      try {
        await rewrite()
      } finally {
        current = await openFeatures(options, device, reopen)
      }
    })().finally(() => {
      reopening = null
    })
    return reopening
  }
  current = await openFeatures(options, device, reopen)
  return {
    router: {
      // Requests that arrive while the features re-open wait for the new ones.
      async handle(channel, input) {
        if (reopening) await reopening.catch(() => undefined)
        return current.router.handle(channel, input)
      },
    },
    get journal() {
      return current.journal
    },
    get settings() {
      return current.settings
    },
    get reminders() {
      return current.reminders
    },
    startReminders() {
      if (schedule || closed) return
      schedule = scheduleReminders(
        // While the features re-open there is no journal to look at; the next minute will do.
        async () => (reopening ? [] : current.reminders.deliver()),
        options.timer ?? systemTimer,
        options.log ?? ((error) => console.error(error)),
      )
    },
    close: () => {
      closed = true
      schedule?.close()
      return current.close()
    },
  }
}

/**
 * Opens every feature in dependency order, then puts every feature's handlers on one router. The open
 * order is also the order listeners hear an event in: goals, then skills, then reflections drop their
 * links to a deleted session.
 */
async function openFeatures(
  options: TandemOptions,
  device: DeviceSettingsStore,
  reopen: () => Promise<void>,
): Promise<Features> {
  const journal = await Journal.open(options.dataDir, options.fs)
  const ctx: FeatureContext = {
    journal,
    clock: options.clock ?? systemClock,
    events: (options.events ?? createEvents)(),
    ports: options.ports,
    resourcesDir: options.resourcesDir,
  }
  const settings = await openSettings(ctx, { device })
  const partners = await openPartners(ctx)
  const sessions = await openSessions(ctx, { partners })
  const goals = await openGoals(ctx, { sessions })
  const skills = await openSkills(ctx, { partners, sessions, goals })
  const prompts = await openPrompts(ctx)
  const reflections = await openReflections(ctx, { prompts, sessions, goals, skills })
  const programs = await openPrograms(ctx, { prompts, partners, sessions })
  // After every feature: it takes records out of each and puts them back, and finishes a delete or
  // restore a crash cut short, which needs every feature's listeners in place.
  const trash = await openTrash(ctx, { sessions, goals, skills, reflections, programs, partners })
  const reminders = await openReminders(ctx, {
    settings,
    partners,
    sessions,
    prompts,
    answers: reflections,
    skills,
  })
  // Last, so every document it backs up (trash.json too) is registered; the daily backup hears every
  // write from here on.
  const backups = await openBackups(ctx, { reopen })
  const exporter = openExport(ctx, { sessions, partners, goals, skills, reflections, backups })
  // Its index lives in memory with these features: a restore re-opens them and it is built anew.
  const search = openSearch(ctx, { sessions, reflections, goals, skills, partners })

  const router = createRouter(
    {
      ...journalHandlers(openJournal(ctx)),
      ...linksHandlers(openLinks(ctx)),
      ...partnersHandlers(partners, trash, sessions, {
        sessions,
        goals,
        skills,
        prompts,
        answers: reflections,
        clock: ctx.clock,
      }),
      ...sessionsHandlers(sessions, trash),
      ...goalsHandlers(goals, trash),
      ...skillsHandlers(skills, trash),
      ...promptsHandlers(prompts, reflections),
      ...reflectionsHandlers(reflections, trash),
      ...programsHandlers(programs, trash),
      ...exportHandlers(exporter),
      ...trashHandlers(trash),
      ...backupsHandlers(backups),
      ...settingsHandlers(settings),
      ...searchHandlers(search),
      ...journeyHandlers(openJourney(ctx, { partners, sessions, reflections, skills, goals })),
    },
    options.log,
  )
  await journal.noticeSyncCopies()
  return { router, journal, settings, reminders, close: () => journal.close() }
}
