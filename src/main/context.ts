import type { CommandScreen } from '../shared/contract/commands'
import type { TrashLink } from '../shared/domain/trash'
import type { Journal } from './store/journal'

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** Repeats work on a timer; tests pass one they tick by hand. */
export interface Timer {
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void
}

export const systemTimer: Timer = {
  every(ms, tick) {
    const handle = setInterval(tick, ms)
    // A reminder check never keeps the process alive on its own.
    handle.unref?.()
    return () => clearInterval(handle)
  },
}

/**
 * A notification from the system (a reminder). It can show on a locked screen, so it carries only
 * plain words such as "Session with Sam tomorrow", never what a session or reflection says.
 */
export interface SystemNotification {
  title: string
  body: string
  /** The screen a click on it opens. */
  screen: CommandScreen
}

/** What the engine needs from the outside world; Electron provides these in the app, tests provide fakes. */
export interface Ports {
  /** Opens an already allow-listed http(s)/mailto URL in the user's browser. */
  openExternal(url: string): Promise<void>
  /**
   * Prints a complete, standalone HTML document (its CSS inline, no script) to PDF in Chromium:
   * a hidden sandboxed window without JavaScript in the app, page.pdf in the test runtime.
   * Optional so engines built without a printer (unit tests) still run; export then says it cannot print.
   */
  printToPdf?(html: string, options: PrintOptions): Promise<Uint8Array>
  /** Asks the user where to save; null when they cancelled. */
  chooseSavePath?(suggestedName: string, filters: FileFilter[]): Promise<string | null>
  /** Asks the user for a file to open; null when they cancelled. */
  chooseOpenPath?(filters: FileFilter[]): Promise<string | null>
  /** Asks the user for a folder to read (a folder of Markdown files to import); null when they cancelled. */
  chooseOpenFolder?(): Promise<string | null>
  /** Opens a file Tandem wrote (the exported PDF) in the user's default app. */
  openPath?(path: string): Promise<void>
  /**
   * Shows a notification from the system; a click on it opens `screen` in the main window.
   * Optional: without it (unit tests, the e2e runtime) reminders are not shown, and not remembered as shown.
   */
  notify?(notification: SystemNotification): void
}

export interface PrintOptions {
  pageSize: 'A4' | 'Letter'
  /** Chromium's header and footer templates (they carry their own inline styles; pageNumber/totalPages spans). */
  headerTemplate: string
  footerTemplate: string
  /** False: no running header or footer (the title page, printed on its own). */
  headerFooter?: boolean
  /** Lets a long print stop early when the user cancels. */
  signal?: AbortSignal
}

/**
 * What Chromium's print-to-PDF is asked for, whoever drives it (Electron's printToPDF in the app,
 * Playwright's page.pdf in the test runtime), so both print alike. The page size is named differently
 * by each and is left to them.
 */
export function chromiumPdfOptions(options: PrintOptions) {
  return {
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: options.headerFooter !== false,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
  }
}

export interface FileFilter {
  name: string
  extensions: string[]
}

/** The kinds of record a feature keeps that other features link to. */
export type RecordKind = 'session' | 'goal' | 'skill' | 'reflection' | 'partner'
/** What can happen to a record. */
export type RecordChange = 'created' | 'updated' | 'deleted' | 'restored'

/** Names every event `<kind>:<change>`: a misspelt or unplanned name fails to compile. */
type EventMap<T extends { [E in keyof T]: E extends `${RecordKind}:${RecordChange}` ? object : never }> = T

/**
 * Every change one feature must hear from another, `<kind>:<change>`, with what it carries.
 * An event is declared here only when a feature emits it and another listens (tests/unit/events.test.ts
 * proves both in the composed app); a change nobody needs to hear is not an event.
 */
export type JournalEventMap = EventMap<{
  /** Emitted by sessions after the session is removed; goals, skills and reflections drop their links. */
  'session:deleted': { id: string }
  /** Emitted by goals after the goal is removed; skills and reflections drop their links. */
  'goal:deleted': { id: string }
  /** Emitted by skills after the skill and its practice log are removed; reflections drop their links. */
  'skill:deleted': { id: string }
  /** Emitted by partners after the partner is removed; sessions, skills and programs go without one. */
  'partner:deleted': { id: string }
  /**
   * Emitted by the trash once the session is back (or, restoring another record, once links to the
   * session can be put back): each feature re-adds the links it holds among `links`.
   */
  'session:restored': Restoration
  /** As session:restored, for a goal: skills and reflections re-add their links. */
  'goal:restored': Restoration
  /** As session:restored, for a skill: reflections re-add their links. */
  'skill:restored': Restoration
  /** As session:restored, for a partner: sessions, skills and programs get their partner back. */
  'partner:restored': Restoration
}>

/** A record that is back in the journal, and the links to it that its holders should put back. */
export interface Restoration {
  id: string
  /** Only links whose holder is in the journal; a holder skips a link it no longer has room for. */
  links: TrashLink[]
}

export type JournalEventName = keyof JournalEventMap

export type JournalListener<E extends JournalEventName> = (
  payload: JournalEventMap[E],
) => Promise<void> | void

/**
 * Cross-feature notices, so features stay independent: when a session is deleted, goals and skills
 * drop their links to it without the sessions feature knowing they exist. `emit` runs the listeners
 * one after another, in the order they were added (the order app.ts opens the features), and resolves
 * when the last is done, so a delete answers only after its whole cascade. A listener that fails does
 * not stop the others (each feature cleans up what it can); `emit` then rejects with a CascadeError
 * naming what failed, so the caller can say truthfully that the record itself is gone.
 */
export interface JournalEvents {
  on<E extends JournalEventName>(event: E, listener: JournalListener<E>): void
  emit<E extends JournalEventName>(event: E, payload: JournalEventMap[E]): Promise<void>
}

/** Some listeners of an event failed; the others ran. `message` is the first failure's, in words. */
export class CascadeError extends Error {
  constructor(
    readonly event: JournalEventName,
    readonly failures: unknown[],
  ) {
    const first = failures[0]
    super(first instanceof Error ? first.message : String(first))
    this.name = 'CascadeError'
  }
}

type Listeners = { [E in JournalEventName]: Array<JournalListener<E>> }

// Every event has its list from the start: an event added to the map but not here fails to compile.
const noListeners = (): Listeners => ({
  'session:deleted': [],
  'goal:deleted': [],
  'skill:deleted': [],
  'partner:deleted': [],
  'session:restored': [],
  'goal:restored': [],
  'skill:restored': [],
  'partner:restored': [],
})

/** Every declared event, for the test that proves each one has an emitter and a listener. */
export const journalEventNames = Object.keys(noListeners()) as JournalEventName[]

export function createEvents(): JournalEvents {
  const listeners = noListeners()
  return {
    on(event, listener) {
      listeners[event].push(listener)
    },
    async emit(event, payload) {
      const failures: unknown[] = []
      for (const listener of listeners[event]) {
        try {
          await listener(payload)
        } catch (error) {
          failures.push(error)
        }
      }
      if (failures.length > 0) throw new CascadeError(event, failures)
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
  /** The app's version ("0.1.0"), or "development". */
  appVersion: string
}
