import type { Journal } from './store/journal'

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

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
  /** Opens a file Tandem wrote (the exported PDF) in the user's default app. */
  openPath?(path: string): Promise<void>
}

export interface PrintOptions {
  pageSize: 'A4' | 'Letter'
  /** Chromium's header and footer templates (they carry their own inline styles; pageNumber/totalPages spans). */
  headerTemplate: string
  footerTemplate: string
  /**
   * A layout pass (to find where headings land): the printer may leave out the header, footer,
   * backgrounds and outline, which never change where pages break.
   */
  draft?: boolean
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
    printBackground: !options.draft,
    preferCSSPageSize: true,
    displayHeaderFooter: !options.draft,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
  }
}

export interface FileFilter {
  name: string
  extensions: string[]
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
