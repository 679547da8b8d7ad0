import { z } from 'zod'
import { Id, ShortText } from '../domain/common'
import { channel } from './channel'

/** Where the entries come from. */
export const ImportSource = z.enum(['dayone', 'jrnl', 'markdown'])
export type ImportSource = z.infer<typeof ImportSource>

export const importSourceLabels: Record<ImportSource, string> = {
  dayone: 'Day One export (.zip or .json)',
  jrnl: 'jrnl export (.json)',
  markdown: 'Folder of Markdown files',
}

/**
 * Who the imported sessions were with: one partner already in the journal, a new one made by the
 * import, nobody, or (Markdown files that name one in their front matter) the partner each file names.
 */
export const ImportPartner = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), id: Id }),
  z.object({
    kind: z.literal('new'),
    name: ShortText('The partner’s name', 80).min(1, { message: 'Write the new partner’s name.' }),
  }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('as-written') }),
])
export type ImportPartner = z.infer<typeof ImportPartner>

export const ImportMapping = z.object({
  /** What each entry becomes. */
  as: z.enum(['sessions', 'reflections']),
  partner: ImportPartner,
  /** Tags become the session's topics (sessions only). */
  tagsAsTopics: z.boolean(),
  /** Entries found to be in the journal already: left out, or brought in as well. */
  duplicates: z.enum(['skip', 'import']),
})
export type ImportMapping = z.infer<typeof ImportMapping>

/** One entry the import leaves out, and why, in words. */
export interface ImportSkip {
  /** Where in the source: "entry 12", "2024/03-notes.md". */
  where: string
  reason: string
}

/** One entry that looks like it is in the journal already. */
export interface ImportDuplicate {
  where: string
  date: string
  title: string
  /** Why it counts as one: the same source entry imported before, or the same date and title. */
  why: 'imported-before' | 'same-date-and-title'
}

/** What an import would do with the picked file under a mapping; nothing is written yet. */
export interface ImportPreview {
  token: string
  source: ImportSource
  /** The picked file or folder's name, for the screen. */
  name: string
  /** Entries read from the source, whatever happens to them. */
  found: number
  /** Entries that would be written with this mapping (duplicates counted as the mapping says). */
  toImport: number
  from: string | null
  to: string | null
  skipped: ImportSkip[]
  duplicates: ImportDuplicate[]
  /** Photos and other attachments the source holds: Tandem keeps text only. */
  attachmentsIgnored: number
  /** Partners the import would create (a new one, or names the files give that the journal lacks). */
  newPartners: string[]
  /** True when the entries carry their own partner names (Tandem's Markdown export). */
  namesPartners: boolean
  /** What the mapping does that the user should know: "Tags are not kept on reflections." */
  notes: string[]
  /** A first look at what is coming: up to five entries, as they would be titled. */
  sample: Array<{ date: string; title: string }>
}

export type ImportStage = 'backing-up' | 'writing' | 'done' | 'failed'

export interface ImportJobStatus {
  jobId: string
  stage: ImportStage
  label: string
  percent: number
  done: boolean
  error: string | null
  result: ImportResult | null
}

export interface ImportResult {
  importId: string
  sessions: number
  reflections: number
  partners: number
  /** The journal as it was before the import. */
  backupPath: string
}

/** One import the journal remembers, so it can be undone in one step. */
export interface ImportRecord {
  id: string
  at: string
  source: ImportSource
  name: string
  sessions: number
  reflections: number
  partners: number
  undoneAt: string | null
  /** null: Tandem stopped while it was writing (what it wrote can still be undone). */
  finishedAt: string | null
  /** After an undo: records kept because they were edited after the import. */
  keptEdited: number
}

const Token = z.object({ token: Id })

export const importChannels = {
  /** Asks for the file (a folder for Markdown), reads it, and previews it with the default mapping; null when cancelled. */
  'import:pick': channel(z.object({ source: ImportSource })).returns<ImportPreview | null>(),
  /** The picked file's preview under another mapping. */
  'import:preview': channel(Token.extend({ mapping: ImportMapping })).returns<ImportPreview>(),
  /** Backs the journal up, then writes the entries in the background. */
  'import:start': channel(Token.extend({ mapping: ImportMapping })).returns<{ jobId: string }>(),
  'import:progress': channel(z.object({ jobId: Id })).returns<ImportJobStatus>(),
  /** Takes out what one import wrote; sessions and reflections edited since are kept, and counted. */
  'import:undo': channel(z.object({ importId: Id })).returns<ImportRecord>(),
  'import:history': channel(z.undefined()).returns<ImportRecord[]>(),
}
