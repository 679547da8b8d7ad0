import { z } from 'zod'
import { Id, LocalDate } from '../domain/common'
import { NewPassphrase, Passphrase } from '../domain/privacy'
import { channel } from './channel'

export const PeriodKind = z.enum([
  'last-3-months',
  'last-month',
  'last-quarter',
  'this-year',
  'all-time',
  'custom',
])
export type PeriodKind = z.infer<typeof PeriodKind>

export const periodKindLabels: Record<PeriodKind, string> = {
  'last-3-months': 'Last 3 months',
  'last-month': 'Last calendar month',
  'last-quarter': 'Last calendar quarter',
  'this-year': 'This year',
  'all-time': 'All time',
  custom: 'Custom dates',
}

/** Custom periods carry their dates; the others are worked out in main from today's date. */
export const PeriodChoice = z
  .object({
    kind: PeriodKind,
    from: LocalDate.nullable().default(null),
    to: LocalDate.nullable().default(null),
  })
  .superRefine((period, ctx) => {
    if (period.kind !== 'custom') return
    if (period.from === null) ctx.addIssue({ code: 'custom', message: 'Pick the first day.', path: ['from'] })
    if (period.to === null) ctx.addIssue({ code: 'custom', message: 'Pick the last day.', path: ['to'] })
    if (period.from !== null && period.to !== null && period.from > period.to) {
      ctx.addIssue({ code: 'custom', message: 'The last day comes before the first day.', path: ['to'] })
    }
  })
export type PeriodChoice = z.output<typeof PeriodChoice>

export const SectionId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { message: 'Unknown report section.' })

function isKnownLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1
  } catch {
    return false
  }
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * What a report is about: a period (every partner or one), one goal's story from its start (it needs
 * `goalId`), or one partner's whole relationship, from their first session to the last (it needs `partnerId`).
 */
export const ReportFocus = z.enum(['period', 'goal', 'partner'])
export type ReportFocus = z.infer<typeof ReportFocus>

export const reportFocusLabels: Record<ReportFocus, string> = {
  period: 'A period',
  goal: 'One goal, from its start',
  partner: 'One partner, from the start',
}

/** The period report's sections a relationship report may add after its story, filtered to the partner. */
export const relationshipSectionIds: readonly string[] = ['sessions', 'skills', 'reflections']

export const ReportOptions = z.object({
  focus: ReportFocus.default('period'),
  /** The goal of a goal report; ignored otherwise. */
  goalId: Id.nullable().default(null),
  period: PeriodChoice,
  /** null: every partner. A relationship report (focus 'partner') needs one. */
  partnerId: Id.nullable(),
  sections: z
    .array(SectionId)
    .min(1, { message: 'Pick at least one section.' })
    .max(20, { message: 'Too many sections.' }),
  /** Items marked "keep out of exports" are left out unless this is on. */
  includePrivate: z.boolean(),
  fullNotes: z.boolean(),
  pageSize: z.enum(['A4', 'Letter']),
  /** The name on the title page; may be empty. */
  author: z.string().trim().max(120, { message: 'The name is too long (at most 120 characters).' }),
  /** The user's time zone (IANA); main's own when absent. Decides what "today" and "last month" are. */
  timeZone: z.string().max(64).refine(isKnownTimeZone, { message: 'Unknown time zone.' }).optional(),
  /** The user's locale (BCP 47, the system's): dates in the report are written in it. */
  locale: z.string().max(35).refine(isKnownLocale, { message: 'Unknown language.' }).optional(),
})
export type ReportOptions = z.output<typeof ReportOptions>
export type ReportOptionsInput = z.input<typeof ReportOptions>

export const MarkdownLayout = z.enum(['single-file', 'folder'])
export type MarkdownLayout = z.infer<typeof MarkdownLayout>

export interface SectionInfo {
  id: string
  title: string
  description: string
}

export interface ReportPreview {
  periodLabel: string
  from: string | null
  to: string | null
  sessions: number
  /** Private sessions in the period that the export leaves out. */
  privateLeftOut: number
  /** True when the chosen sections hold nothing for this period (nothing worth exporting). */
  empty: boolean
}

export type ExportStage = 'building' | 'laying-out' | 'numbering' | 'saving' | 'done' | 'cancelled' | 'failed'

export interface ExportJobStatus {
  jobId: string
  stage: ExportStage
  /** What is happening, in words. */
  label: string
  percent: number
  done: boolean
  error: string | null
  outputPath: string | null
  pages: number | null
}

export interface MarkdownExportResult {
  path: string
  files: number
}

export interface BackupResult {
  path: string
  documents: number
  /** True when the file is sealed with its own passphrase (made for moving elsewhere). */
  ownPassphrase: boolean
}

/**
 * A backup to another place. With `passphrase` the file is sealed with it instead of the journal's key,
 * so it opens in any journal on any computer; without, it is plain JSON (or, in an encrypted journal,
 * sealed with the journal's key, so only this journal or a copy of its folder opens it).
 */
export const BackupRequest = z.strictObject({ passphrase: NewPassphrase.optional() }).optional()
export type BackupRequest = z.infer<typeof BackupRequest>

/** A picked backup file sealed with its own passphrase: `export:open-backup` with the token opens it. */
export interface LockedBackup {
  kind: 'needs-passphrase'
  /** Names the picked file held in main. */
  token: string
  path: string
}

/** What a backup file holds, once it has been checked in full. */
export interface BackupSummary {
  kind: 'checked'
  /** Names the checked backup held in main; the renderer never sends a path. */
  token: string
  path: string
  createdAt: string
  documents: number
  /** Items per collection, e.g. { sessions: 12 }. */
  items: Record<string, number>
}

export interface RestoreResult {
  documents: number
  /** Where the journal as it was before the restore was saved. */
  previousJournalBackup: string
}

const JobRef = z.object({ jobId: Id })

export const exportChannels = {
  'export:sections': channel(z.undefined()).returns<SectionInfo[]>(),
  'export:preview': channel(ReportOptions).returns<ReportPreview>(),
  /** Asks where to save, then starts the PDF in the background; null when the user cancelled the dialog. */
  'export:start-pdf': channel(ReportOptions).returns<{ jobId: string } | null>(),
  'export:progress': channel(JobRef).returns<ExportJobStatus>(),
  'export:cancel': channel(JobRef).returns<void>(),
  'export:open-output': channel(JobRef).returns<void>(),
  'export:markdown': channel(
    ReportOptions.extend({ layout: MarkdownLayout }),
  ).returns<MarkdownExportResult | null>(),
  /** Asks where to save, then writes the whole journal there; null when the user cancelled the dialog. */
  'export:backup': channel(BackupRequest).returns<BackupResult | null>(),
  /** Asks for a backup file and checks it in full; one with its own passphrase asks for it first. */
  'export:inspect-backup': channel(z.undefined()).returns<BackupSummary | LockedBackup | null>(),
  /**
   * Opens the picked backup that has its own passphrase and checks it in full. A wrong passphrase answers
   * `wrong-passphrase` (field "passphrase") and the token stays good for another try.
   */
  'export:open-backup': channel(
    z.strictObject({ token: Id, passphrase: Passphrase }),
  ).returns<BackupSummary>(),
  'export:restore': channel(z.object({ token: Id })).returns<RestoreResult>(),
}
