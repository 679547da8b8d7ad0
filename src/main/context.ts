import type { Journal } from './store/journal'

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** What the engine needs from the outside world; Electron provides these in the app, tests provide fakes. */
export interface Ports {
  /** Opens an already allow-listed http(s)/mailto URL in the user's browser. */
  openExternal(url: string): Promise<void>
}

/** Cross-feature notices, so features stay independent: goals listen for deleted sessions, and so on. */
export interface JournalEvents {
  onSessionDeleted(listener: (sessionId: string) => Promise<void> | void): void
  sessionDeleted(sessionId: string): Promise<void>
}

export function createEvents(): JournalEvents {
  const deleted: Array<(id: string) => Promise<void> | void> = []
  return {
    onSessionDeleted: (listener) => {
      deleted.push(listener)
    },
    sessionDeleted: async (id) => {
      for (const listener of deleted) await listener(id)
    },
  }
}

export interface FeatureContext {
  journal: Journal
  clock: Clock
  events: JournalEvents
  ports: Ports
  /** The folder with the built-in data (prompt library, program templates). */
  resourcesDir: string
}
