import { z } from 'zod'
import { channel } from './channel'

/**
 * A document that could not be read and was set aside, one that this version cannot write, or a
 * built-in file (prompt library, program template) that failed validation and was skipped.
 */
export interface JournalProblem {
  kind: 'set-aside' | 'newer-version' | 'skipped-resource' | 'merged' | 'sync-copy'
  /** The document, relative to the journal folder (skipped-resource: the built-in file's path). */
  file: string
  /** Where it was moved to (set-aside), or where the other version was kept (merged), relative to the journal folder. */
  movedTo: string | null
  /** In plain words, for the user. */
  message: string
  at: string
}

export interface JournalStatus {
  dataDir: string
  problems: JournalProblem[]
}

export const journalChannels = {
  'journal:status': channel(z.undefined()).returns<JournalStatus>(),
  'journal:dismiss-problems': channel(z.undefined()).returns<void>(),
  /** Merges a sync tool's copy that journal:status reported (its `movedTo`). */
  'journal:merge-sync-copy': channel(
    z.object({ copy: z.string().min(1).max(1000, { message: 'That file name is too long.' }) }),
  ).returns<{ file: string; conflicts: number; keptAs: string }>(),
  /** Opens the journal folder in the system's file manager (Settings, "Show in file manager"). */
  'journal:show-folder': channel(z.undefined()).returns<void>(),
}
