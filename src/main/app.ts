import { type Clock, createEvents, type FeatureContext, type Ports, systemClock } from './context'
import { exportHandlers, openExport } from './export/export'
import { goalsHandlers, openGoals } from './goals/goals'
import { journalHandlers } from './journal-handlers'
import { openPartners, partnersHandlers } from './partners/partners'
import { openReflect, reflectHandlers } from './prompts/handlers'
import { createRouter, type Router } from './router'
import { openSessions, sessionsHandlers } from './sessions/sessions'
import { skillsHandlers } from './skills/handlers'
import { openSkills } from './skills/skills'
import { Journal } from './store/journal'

export interface TandemOptions {
  dataDir: string
  resourcesDir: string
  ports: Ports
  clock?: Clock
  log?: (error: unknown) => void
}

export interface Tandem {
  router: Router
  journal: Journal
  /** Waits for every pending write; call before quitting. */
  close(): Promise<void>
}

/**
 * The engine: opens the journal folder and wires every feature onto one router.
 * It knows nothing of Electron, so the app and the tests run exactly this.
 * The router it returns is stable, while the features behind it can be re-opened: restoring a backup
 * rewrites the journal's files and then swaps in features freshly opened on them.
 */
export async function createTandem(options: TandemOptions): Promise<Tandem> {
  let current: Tandem
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
        current = await openFeatures(options, reopen)
      }
    })().finally(() => {
      reopening = null
    })
    return reopening
  }
  current = await openFeatures(options, reopen)
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
    close: () => current.close(),
  }
}

async function openFeatures(options: TandemOptions, reopen: () => Promise<void>): Promise<Tandem> {
  const journal = await Journal.open(options.dataDir)
  const ctx: FeatureContext = {
    journal,
    clock: options.clock ?? systemClock,
    events: createEvents(),
    ports: options.ports,
    resourcesDir: options.resourcesDir,
  }
  const partners = await openPartners(ctx)
  const sessions = await openSessions(ctx, partners)
  const goals = await openGoals(ctx, { sessions })
  const skills = await openSkills(ctx, { partners, sessions, goals })
  const reflect = await openReflect(ctx, { partners, sessions, goals, skills })

  const router = createRouter(
    {
      ...journalHandlers(ctx),
      ...partnersHandlers(partners),
      ...sessionsHandlers(sessions),
      ...goalsHandlers(goals),
      ...skillsHandlers(skills),
      ...reflectHandlers(ctx, reflect),
      ...exportHandlers(
        openExport(ctx, { sessions, partners, goals, skills, reflections: reflect.reflections, reopen }),
      ),
    },
    options.log,
  )
  return { router, journal, close: () => journal.close() }
}
