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

/** The kinds of record other features may link to. */
export type EntityKind = 'session' | 'goal' | 'skill' | 'reflection' | 'partner'

type DeletedListener = (id: string) => Promise<void> | void

/**
 * Cross-feature notices, so features stay independent: when a session is deleted, goals and skills
 * drop their links to it without the sessions feature knowing they exist.
 */
export interface JournalEvents {
  onDeleted(kind: EntityKind, listener: DeletedListener): void
  deleted(kind: EntityKind, id: string): Promise<void>
}

export function createEvents(): JournalEvents {
  const listeners = new Map<EntityKind, DeletedListener[]>()
  return {
    onDeleted: (kind, listener) => {
      listeners.set(kind, [...(listeners.get(kind) ?? []), listener])
    },
    deleted: async (kind, id) => {
      for (const listener of listeners.get(kind) ?? []) await listener(id)
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
