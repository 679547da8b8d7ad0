import type { ReportOptions } from '../../shared/contract/export'
import { type DateWords, dateWords, localDateIn, type ResolvedPeriod, resolvePeriod } from './period'
import type { SectionDeps } from './sections'
import { buildSummary, SUMMARY_ID } from './sections/summary'
import type { BuiltSection, ReportSection, SectionInput } from './sections/types'

/** The progress report as data: what the PDF and the Markdown export both render. */
export interface ProgressReport {
  title: string
  author: string
  period: ResolvedPeriod
  /** The partner the report is about, when one was picked. */
  partner: string | null
  generatedAt: string
  /** The date of generation in the user's calendar. */
  generatedOn: string
  /** Dates as the report writes them, in the user's locale. */
  dates: DateWords
  pageSize: 'A4' | 'Letter'
  includePrivate: boolean
  /** Only the sections the user picked that have something to show, in report order. */
  sections: BuiltSection[]
}

export function sectionInput(options: ReportOptions, deps: SectionDeps, now: Date): SectionInput {
  const dates = dateWords(options.locale)
  return {
    period: resolvePeriod(options.period, now, options.timeZone, dates),
    dates,
    partnerId: options.partnerId,
    includePrivate: options.includePrivate,
    shows: (item) => item != null && (options.includePrivate || item.private !== true),
    fullNotes: options.fullNotes,
    timeZone: options.timeZone,
    partnerName: (id) => (id === null ? null : (deps.partners.get(id)?.name ?? null)),
  }
}

const bySummaryOrder = (sections: BuiltSection[]) =>
  [...sections].sort((a, b) => a.summaryOrder - b.summaryOrder)

/**
 * Period + journal -> sections. Pure: reads through the section providers, writes nothing.
 * Every provider is built (their figures feed the summary), then only the picked ones are kept.
 */
export function buildReport(
  options: ReportOptions,
  providers: ReportSection[],
  deps: SectionDeps,
  now: Date,
  onSection: (built: number, total: number) => void = () => undefined,
): ProgressReport {
  const input = sectionInput(options, deps, now)
  const picked = new Set(options.sections)
  const built: BuiltSection[] = []
  for (const [i, provider] of providers.entries()) {
    const section = provider.build(input)
    if (section) built.push(section)
    onSection(i + 1, providers.length + 1)
  }
  const partner = input.partnerName(options.partnerId)
  const summary = buildSummary({
    periodLabel: input.period.label,
    partner,
    facts: bySummaryOrder(built).flatMap((s) => s.facts),
    tables: bySummaryOrder(built).flatMap((s) => s.tables),
  })
  onSection(providers.length + 1, providers.length + 1)
  return {
    title: partner ? `Mentoring progress report with ${partner}` : 'Mentoring progress report',
    author: options.author,
    period: input.period,
    partner,
    generatedAt: now.toISOString(),
    generatedOn: localDateIn(now, options.timeZone),
    dates: input.dates,
    pageSize: options.pageSize,
    includePrivate: options.includePrivate,
    sections: [...(picked.has(SUMMARY_ID) ? [summary] : []), ...built.filter((s) => picked.has(s.id))],
  }
}
