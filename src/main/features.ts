import type { ChannelName } from '../shared/contract'
import { backupsHandlers } from './backups/handlers'
import { type BackupsService, openBackups } from './backups/service'
import {
  type Clock,
  createEvents,
  type FeatureContext,
  type JournalEvents,
  type Ports,
  systemClock,
} from './context'

import { exportHandlers } from './export/handlers'
import { openExport } from './export/service'
import { goalsHandlers } from './goals/handlers'
import { openGoals } from './goals/service'
import { importHandlers } from './import/handlers'
import { openImport } from './import/service'
import { journalHandlers } from './journal/handlers'
import { openJournal } from './journal/service'
import { journeyHandlers, openJourney } from './journey/handlers'
import { linksHandlers } from './links/handlers'
import { openLinks } from './links/service'
import type { LockChannel } from './lock/router'
import { partnersHandlers } from './partners/handlers'
import { openPartners } from './partners/service'
import { programsHandlers } from './programs/handlers'
import { openPrograms } from './programs/service'
import { promptsHandlers } from './prompts/handlers'
import { openPrompts } from './prompts/service'
import { reflectionsHandlers } from './reflections/handlers'
import { openReflections } from './reflections/service'
import { openReminders, type RemindersService } from './reminders/service'
import { createRouter, type Router } from './router'
import { searchHandlers } from './search/handlers'
import { openSearch } from './search/service'
import { sessionsHandlers } from './sessions/handlers'
import { openSessions } from './sessions/service'
import type { DeviceSettingsStore } from './settings/device-file'
import { settingsHandlers } from './settings/handlers'
import { openSettings, type SettingsService } from './settings/service'
import { skillsHandlers } from './skills/handlers'
import { openSkills } from './skills/service'
import type { FileCipher } from './store/cipher'
import type { DurableFs } from './store/durable-file'
import { Journal } from './store/journal'
import { trashHandlers } from './trash/handlers'
import { openTrash } from './trash/service'

type FeatureChannel = Exclude<ChannelName, LockChannel>

/** The features opened on the journal, as one opening of them (re-made after a restore, dropped while locked). */
export interface Features {
  router: Router
  journal: Journal
  settings: SettingsService
  reminders: RemindersService
  close(): Promise<void>
}

/** The engine's options the features use (TandemOptions adds the rest). */
export interface FeatureOptions {
  dataDir: string
  resourcesDir: string
  ports: Ports
  clock?: Clock
  log?: (error: unknown) => void
  /** Makes the event bus for each opening of the features; tests pass one that records what it sees. */
  events?: () => JournalEvents
  /** The file operations of durable writes; crash tests pass one that fails at a chosen step. */
  fs?: DurableFs
  /** The app's version, for what Tandem writes about itself (a PDF's Creator); "development" without one. */
  appVersion?: string
}

/**
 * Opens every feature in dependency order, then puts every feature's handlers on one router. The open
 * order is also the order listeners hear an event in: goals, then skills, then reflections drop their
 * links to a deleted session.
 */
export async function openFeatures(
  options: FeatureOptions,
  device: DeviceSettingsStore,
  cipher: FileCipher,
  reopen: () => Promise<void>,
): Promise<Features> {
  const journal = await Journal.open(options.dataDir, options.fs, cipher)
  const ctx: FeatureContext = {
    journal,
    clock: options.clock ?? systemClock,
    events: (options.events ?? createEvents)(),
    ports: options.ports,
    resourcesDir: options.resourcesDir,
    appVersion: options.appVersion ?? 'development',
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
  // Before the backups, so imports.json is backed up too; it backs the journal up before each import.
  let backupsOpened: BackupsService | null = null
  const importer = await openImport(ctx, {
    partners,
    sessions,
    reflections,
    linkers: [sessions, goals, skills, reflections, programs],
    backups: {
      saveBeforeImport: () => {
        if (backupsOpened === null) throw new Error('The backups are not open yet.')
        return backupsOpened.saveBeforeImport()
      },
    },
  })
  // Last, so every document it backs up (trash.json too) is registered; the daily backup hears every
  // write from here on.
  const backups = await openBackups(ctx, { reopen })
  backupsOpened = backups
  const exporter = openExport(ctx, { sessions, partners, goals, skills, reflections, backups })
  // Its index lives in memory with these features: a restore re-opens them and it is built anew.
  const search = openSearch(ctx, { sessions, reflections, goals, skills, partners })

  const router = createRouter<FeatureChannel>(
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
      ...importHandlers(importer),
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
