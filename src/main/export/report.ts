import { type ReportFocus, type ReportOptions, relationshipSectionIds } from '../../shared/contract/export'
import { TandemError } from '../../shared/errors'
import {
  type DateWords,
  dateWords,
  inPeriod,
  localDateIn,
  type ResolvedPeriod,
  resolvePeriod,
} from './period'
import type { SectionDeps } from './sections'
import { buildGoalStory, goalStoryModel } from './sections/goal-story'
import type { GoalsModel } from './sections/goals'
import { buildHighlights, buildHighlightsModel, HIGHLIGHTS_ID } from './sections/highlights'
import { buildRelationshipStory, relationshipStoryModel } from './sections/relationship-story'
import type { SessionsModel } from './sections/sessions'
import type { SkillsModel } from './sections/skills'
import { buildSummary, SUMMARY_ID } from './sections/summary'
import type { BuiltSection, ReportSection, SectionInput } from './sections/types'

/** The progress report as data: what the PDF and the Markdown export both render. */
export interface ProgressReport {
  /** What the report is about: a period, one goal's story, or one partner's whole relationship. */
  focus: ReportFocus
  title: string
  author: string
  period: ResolvedPeriod
  /** The partner the report is about, when one was picked. */
  partner: string | null
  /** The partners of the sessions the report shows, most sessions first. */
  partners: string[]
  /** The first and last day with a session the report shows (what "All time" really covers); null when none. */
  span: { from: string; to: string } | null
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

/** What every report says about its making, whatever it is on: when, in which words, on which paper. */
function madeWith(
  options: ReportOptions,
  input: SectionInput,
  now: Date,
): Pick<ProgressReport, 'author' | 'generatedAt' | 'generatedOn' | 'dates' | 'pageSize' | 'includePrivate'> {
  return {
    author: options.author,
    generatedAt: now.toISOString(),
    generatedOn: localDateIn(now, options.timeZone),
    dates: input.dates,
    pageSize: options.pageSize,
    includePrivate: options.includePrivate,
  }
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

function partnersByCount(names: Array<string | null>): string[] {
  const counts = new Map<string, number>()
  for (const name of names) if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name)
}

/** "5 March 2026 – 20 September 2026", or the one day. */
function rangeWords(span: { from: string; to: string }, dates: DateWords): string {
  return span.from === span.to ? dates.date(span.from) : `${dates.date(span.from)} – ${dates.date(span.to)}`
}

function spanOf(dates: string[]): { from: string; to: string } | null {
  if (dates.length === 0) return null
  const sorted = [...dates].sort()
  return { from: sorted[0] as string, to: sorted[sorted.length - 1] as string }
}

/**
 * One goal's story, from the day it started to today (or the day it closed): a title page, contents
 * and the story. Its privacy follows the report's rule: a goal kept out of exports is refused in words
 * unless the user includes private items, and what it links to is shown only when it may be.
 */
function buildGoalReport(options: ReportOptions, deps: SectionDeps, now: Date): ProgressReport {
  const input = sectionInput({ ...options, period: { kind: 'all-time', from: null, to: null } }, deps, now)
  const goal = options.goalId === null ? undefined : deps.goals?.list().find((g) => g.id === options.goalId)
  if (!goal)
    throw new TandemError(
      'not-found',
      'Pick the goal the report is about: that one is not in the journal.',
      'goalId',
    )
  if (!input.shows(goal)) {
    throw new TandemError(
      'not-allowed',
      'That goal is marked "Keep out of exports". Tick "Include items marked private" to make its report.',
      'goalId',
    )
  }
  const model = goalStoryModel(goal, deps, input)
  const today = localDateIn(now, options.timeZone)
  const end = model.closedOn ?? today
  const range = rangeWords({ from: model.startDate, to: end }, input.dates)
  return {
    focus: 'goal',
    title: `Goal: ${goal.title}`,
    period: { from: model.startDate, to: end, label: range },
    partner: null,
    partners: partnersByCount(model.sessions.map((s) => s.partner)),
    span: null,
    ...madeWith(options, input, now),
    sections: [buildGoalStory(model)],
  }
}

const ALL_TIME = { kind: 'all-time', from: null, to: null } as const

/** Every provider built for `input`, reporting each as it is done. */
function buildAll(
  providers: ReportSection[],
  input: SectionInput,
  onSection: (built: number, total: number) => void,
): BuiltSection[] {
  const built: BuiltSection[] = []
  for (const [i, provider] of providers.entries()) {
    const section = provider.build(input)
    if (section) built.push(section)
    onSection(i + 1, providers.length + 1)
  }
  return built
}

const modelIn = <M>(built: BuiltSection[], id: string) =>
  built.find((section) => section.id === id)?.model as M | undefined

/**
 * One partner, the whole relationship: from their first session the report may show to the last. The
 * relationship's story comes first, then the picked sessions, skills and reflections that hold something,
 * filtered to them.
 * A partner with no session to show is refused in words: there is no relationship span to report on.
 */
function buildRelationshipReport(
  options: ReportOptions,
  providers: ReportSection[],
  deps: SectionDeps,
  now: Date,
  onSection: (built: number, total: number) => void,
): ProgressReport {
  if (options.partnerId === null)
    throw new TandemError('invalid-input', 'Pick the partner the report is about.', 'partnerId')
  const input = sectionInput({ ...options, period: ALL_TIME }, deps, now)
  // A partner has no "Keep out of exports" of their own: what is private is their sessions, asked below.
  const partner = deps.partners.get(options.partnerId)
  if (!partner)
    throw new TandemError(
      'not-found',
      'Pick the partner the report is about: that one is not in the journal.',
      'partnerId',
    )
  const theirs = deps.sessions.all().filter((s) => s.partnerId === partner.id)
  if (!theirs.some((s) => input.shows(s))) {
    throw new TandemError(
      'not-found',
      theirs.length > 0
        ? `Every session with ${partner.name} is marked "Keep out of exports". Tick "Include items marked private" to make their report.`
        : `There are no sessions with ${partner.name} yet: the report covers your sessions together, from the first to the last.`,
      'partnerId',
    )
  }
  const built = buildAll(providers, input, onSection)
  const story = relationshipStoryModel(
    partner,
    { sessions: modelIn<SessionsModel>(built, 'sessions'), skills: modelIn<SkillsModel>(built, 'skills') },
    deps,
    input,
  )
  const span = story.span
  const picked = new Set(options.sections)
  onSection(providers.length + 1, providers.length + 1)
  return {
    focus: 'partner',
    title: `My mentoring with ${partner.name}`,
    period: {
      from: span?.from ?? null,
      to: span?.to ?? null,
      label: span === null ? '' : rangeWords(span, input.dates),
    },
    partner: partner.name,
    partners: [partner.name],
    span,
    ...madeWith(options, input, now),
    sections: [
      buildRelationshipStory(story),
      // The story already says what is not there: an empty section would only repeat it.
      ...built.filter((s) => relationshipSectionIds.includes(s.id) && picked.has(s.id) && !s.isEmpty),
    ],
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
  if (options.focus === 'goal') return buildGoalReport(options, deps, now)
  if (options.focus === 'partner') return buildRelationshipReport(options, providers, deps, now, onSection)
  const input = sectionInput(options, deps, now)
  const picked = new Set(options.sections)
  const built = buildAll(providers, input, onSection)
  const partner = input.partnerName(options.partnerId)
  const shown = deps.sessions
    .all()
    .filter((s) => inPeriod(s.date, input.period))
    .filter((s) => options.partnerId === null || s.partnerId === options.partnerId)
    .filter((s) => input.shows(s))
  const span = spanOf(shown.map((s) => s.date))
  const summary = buildSummary({
    periodLabel: periodLine({ period: input.period, span, dates: input.dates }),
    partner,
    facts: bySummaryOrder(built).flatMap((s) => s.facts),
    tables: bySummaryOrder(built).flatMap((s) => s.tables),
    charts: bySummaryOrder(built).flatMap((s) => s.charts),
  })
  const modelOf = <M>(id: string) => modelIn<M>(built, id)
  const highlights = buildHighlights(
    buildHighlightsModel(
      {
        sessions: modelOf<SessionsModel>('sessions'),
        goals: modelOf<GoalsModel>('goals'),
        skills: modelOf<SkillsModel>('skills'),
      },
      input.dates,
    ),
  )
  onSection(providers.length + 1, providers.length + 1)
  return {
    focus: 'period',
    title: partner ? `Mentoring progress report with ${partner}` : 'Mentoring progress report',
    period: input.period,
    partner,
    partners: partnersByCount(shown.map((s) => input.partnerName(s.partnerId))),
    span,
    ...madeWith(options, input, now),
    sections: [
      ...(picked.has(HIGHLIGHTS_ID) ? [highlights] : []),
      ...(picked.has(SUMMARY_ID) ? [summary] : []),
      ...built.filter((s) => picked.has(s.id)),
    ],
  }
}

/** "Sam Okafor", "Sam Okafor and Kim Lee", "A, B, C, D and 2 others". */
export function partnerList(names: string[]): string {
  const shown = names.length > 5 ? names.slice(0, 4) : names
  const rest = names.length - shown.length
  const parts = rest > 0 ? [...shown, `${rest} others`] : shown
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** What the title page says the report covers: the period, with its real dates when it is "All time". */
export function periodLine({
  period,
  span,
  dates,
}: Pick<ProgressReport, 'period' | 'span' | 'dates'>): string {
  if (period.from !== null || span === null) return period.label
  return `${period.label} · ${rangeWords(span, dates)}`
}
