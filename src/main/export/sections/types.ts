import type { DateWords, ResolvedPeriod } from '../period'

/** What every section provider gets: the user's choices, already resolved. */
export interface SectionInput {
  period: ResolvedPeriod
  /** null: every partner. */
  partnerId: string | null
  includePrivate: boolean
  /**
   * The report's one privacy rule: whether it may show or name this item (a session, goal, skill or
   * reflection), also when the item is only named by another (a reflection's "after <session>").
   * False for a missing item and, unless the user chose to include them, for one marked private.
   */
  shows(item: { private?: boolean | undefined } | null | undefined): boolean
  fullNotes: boolean
  /** The user's time zone, for features whose records carry timestamps (check-ins, level changes). */
  timeZone: string | undefined
  /** Dates as the report writes them, in the user's locale. */
  dates: DateWords
  partnerName(id: string | null): string | null
}

/** One figure on the summary page, e.g. { label: 'Sessions held', value: '12' }. */
export interface SummaryFact {
  label: string
  value: string
  detail?: string
}

/** A small table on the summary page, e.g. sessions per partner. Cells are plain text. */
export interface SummaryTable {
  title: string
  columns: string[]
  rows: string[][]
}

export interface TocEntry {
  anchor: string
  title: string
  /** Bookmarks under this one in the PDF's outline (each session of a month); not in the contents page. */
  children?: TocEntry[]
}

export interface MarkdownFile {
  /** Relative to the export folder, with forward slashes. */
  name: string
  content: string
}

/**
 * A feature's part of the report. `build` returns the section's model for the period, or null when the
 * feature has nothing to show (not there yet, or nothing in the period): the section is then absent.
 * Everything else renders that model; nothing reads the journal after `build`.
 */
export interface SectionProvider<M> {
  id: string
  title: string
  /** One line for the export screen's checkbox. */
  description: string
  build(input: SectionInput): M | null
  /** Figures this section adds to the summary page (also when the section itself is not picked). */
  facts?(model: M): SummaryFact[]
  /** Where its figures go on the summary page, lowest first (default 50; sessions are 10). */
  summaryOrder?: number
  /** Tables this section adds to the summary page. */
  tables?(model: M): SummaryTable[]
  /** Charts this section adds to the summary page, as static SVG (export/charts.ts). */
  charts?(model: M): string[]
  /** Sub-headings listed in the table of contents; their anchors must be ids in html(). */
  subEntries?(model: M): TocEntry[]
  /** Nothing in the period: the section is a line under the previous one rather than a page of its own. */
  isEmpty?(model: M): boolean
  /** The section's body as HTML (the report writes its h2). Markdown goes through the shared pipeline. */
  html(model: M): string
  /** The section's body as Markdown (the export writes its heading). */
  markdown(model: M): string
  /** For the folder layout: files of their own (one per session), instead of a part of README.md. */
  files?(model: M): MarkdownFile[]
}

/** A section built for one report, its model hidden behind the renderers. */
export interface BuiltSection {
  id: string
  title: string
  anchor: string
  model: unknown
  facts: SummaryFact[]
  tables: SummaryTable[]
  charts: string[]
  summaryOrder: number
  subEntries: TocEntry[]
  isEmpty: boolean
  html(): string
  markdown(): string
  files(): MarkdownFile[] | null
}

export interface ReportSection {
  id: string
  title: string
  description: string
  build(input: SectionInput): BuiltSection | null
}

/** Turns a typed provider into a report section; the model's type stays inside. */
export function defineSection<M>(provider: SectionProvider<M>): ReportSection {
  return {
    id: provider.id,
    title: provider.title,
    description: provider.description,
    build(input) {
      const model = provider.build(input)
      if (model === null) return null
      return {
        id: provider.id,
        title: provider.title,
        anchor: `sec-${provider.id}`,
        model,
        facts: provider.facts?.(model) ?? [],
        tables: provider.tables?.(model) ?? [],
        charts: provider.charts?.(model) ?? [],
        summaryOrder: provider.summaryOrder ?? 50,
        subEntries: provider.subEntries?.(model) ?? [],
        isEmpty: provider.isEmpty?.(model) ?? false,
        html: () => provider.html(model),
        markdown: () => provider.markdown(model),
        files: () => provider.files?.(model) ?? null,
      }
    },
  }
}
