import { type LedgerSide, ledgerLines } from '../../../shared/domain/ledger-lines'
import { escapeHtml, renderMarkdownInline } from '../../../shared/markdown'
import type { DateWords } from '../period'
import type { GoalsModel } from './goals'
import type { SessionEntry, SessionsModel } from './sessions'
import { level, type SkillsModel } from './skills'
import { hours, topTopics } from './tally'
import type { BuiltSection } from './types'

export const HIGHLIGHTS_ID = 'highlights'
export const highlightsInfo = {
  id: HIGHLIGHTS_ID,
  title: 'Highlights',
  description: 'The lines most worth showing, goals achieved, skills that moved up, the period in numbers.',
}

/** One line of a session's ledger, with where it was written. */
export interface HighlightLine {
  text: string
  date: string
  session: string
}

export interface HighlightsModel {
  learned: HighlightLine[]
  shared: HighlightLine[]
  goalsAchieved: string[]
  skillsUp: Array<{ name: string; from: string; to: string }>
  sessions: number
  hours: string | null
  topics: Array<{ topic: string; count: number }>
  dates: DateWords
}

/** How many lines each side of the ledger shows. */
const LINES = 3

/** A ledger text as lines worth quoting: list markers and blank lines gone, each line whole. */
function linesOf(text: string): string[] {
  return ledgerLines(text).filter((line) => line.length >= 12)
}

/**
 * The lines the user starred first (newest session first), then the most recent lines, at most one per
 * session so the page shows a spread of the period, then (if there were fewer sessions than lines) the
 * next lines of the same sessions.
 */
export function recentLines(sessions: SessionsModel, side: LedgerSide, count = LINES): HighlightLine[] {
  const newestFirst = [...sessions.entries].reverse()
  const picked: HighlightLine[] = []
  const seen = new Set<string>()
  const pick = (line: string, entry: SessionEntry) => {
    if (seen.has(line) || picked.length === count) return
    seen.add(line)
    picked.push({ text: line, date: entry.date, session: entry.title })
  }
  for (const entry of newestFirst) for (const line of entry.starred[side]) pick(line, entry)
  for (let round = 0; round < count && picked.length < count; round++) {
    for (const entry of newestFirst) {
      const line = linesOf(entry[side])[round]
      if (line !== undefined) pick(line, entry)
    }
  }
  return picked
}

export function hoursOf(sessions: SessionsModel): string | null {
  const minutes = sessions.entries.reduce((sum, e) => sum + (e.durationMinutes ?? 0), 0)
  return minutes === 0 ? null : hours(minutes, sessions.dates)
}

export function buildHighlightsModel(
  parts: { sessions?: SessionsModel; goals?: GoalsModel; skills?: SkillsModel },
  dates: DateWords,
): HighlightsModel {
  const { sessions, goals, skills } = parts
  return {
    learned: sessions ? recentLines(sessions, 'learned') : [],
    shared: sessions ? recentLines(sessions, 'shared') : [],
    goalsAchieved: (goals?.goals ?? [])
      .filter((g) => g.closedInPeriod && g.status === 'Achieved')
      .map((g) => g.title),
    skillsUp: (skills?.skills ?? [])
      .filter((s) => s.levelAfter > s.levelStart)
      .map((s) => ({ name: s.name, from: level(s.levelStart), to: level(s.levelAfter) })),
    sessions: sessions?.entries.length ?? 0,
    hours: sessions ? hoursOf(sessions) : null,
    topics: sessions ? topTopics(sessions.entries, 3) : [],
    dates,
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function numbers(model: HighlightsModel): Array<{ value: string; label: string }> {
  return [
    {
      value: model.dates.number(model.sessions),
      label: model.sessions === 1 ? 'session held' : 'sessions held',
    },
    ...(model.hours ? [{ value: model.hours, label: 'together' }] : []),
    {
      value: model.dates.number(model.goalsAchieved.length),
      label: model.goalsAchieved.length === 1 ? 'goal achieved' : 'goals achieved',
    },
    {
      value: model.dates.number(model.skillsUp.length),
      label: model.skillsUp.length === 1 ? 'skill moved up' : 'skills moved up',
    },
  ]
}

function quotesHtml(title: string, lines: HighlightLine[], dates: DateWords): string {
  const body =
    lines.length === 0
      ? '<p class="empty">Nothing written here in this period.</p>'
      : lines
          .map(
            (l) =>
              `<blockquote class="highlight"><p>${renderMarkdownInline(l.text)}</p><p class="highlight-source">${escapeHtml(dates.date(l.date))} · ${escapeHtml(l.session)}</p></blockquote>`,
          )
          .join('')
  return `<div class="block"><h3 class="table-title">${escapeHtml(title)}</h3>${body}</div>`
}

function highlightsHtml(model: HighlightsModel): string {
  const cells = numbers(model)
    .map(
      (n) =>
        `<div class="fact"><div class="fact-value">${escapeHtml(n.value)}</div><div class="fact-label">${escapeHtml(n.label)}</div></div>`,
    )
    .join('')
  const list = (title: string, items: string[]) =>
    items.length === 0
      ? ''
      : `<h3 class="table-title">${escapeHtml(title)}</h3><ul class="highlight-list">${items.join('')}</ul>`
  return [
    `<div class="facts facts-4">${cells}</div>`,
    `<div class="two-way">${quotesHtml('What I learned', model.learned, model.dates)}${quotesHtml('What I shared', model.shared, model.dates)}</div>`,
    list(
      'Goals achieved',
      model.goalsAchieved.map((g) => `<li>${escapeHtml(g)}</li>`),
    ),
    list(
      'Skills that moved up',
      model.skillsUp.map(
        (s) => `<li><strong>${escapeHtml(s.name)}</strong>: ${escapeHtml(s.from)} → ${escapeHtml(s.to)}</li>`,
      ),
    ),
    list(
      'Most discussed',
      model.topics.map(
        (t) => `<li><strong>${escapeHtml(t.topic)}</strong> · ${plural(t.count, 'session', 'sessions')}</li>`,
      ),
    ),
  ].join('')
}

function highlightsMarkdown(model: HighlightsModel): string {
  const out: string[] = [
    numbers(model)
      .map((n) => `**${n.value}** ${n.label}`)
      .join(' · '),
    '',
  ]
  const quotes = (title: string, lines: HighlightLine[]) => {
    out.push(`**${title}**`, '')
    if (lines.length === 0) out.push('Nothing written here in this period.', '')
    for (const l of lines) out.push(`> ${l.text}`, `> — ${model.dates.date(l.date)}, ${l.session}`, '')
  }
  quotes('What I learned', model.learned)
  quotes('What I shared', model.shared)
  const list = (title: string, items: string[]) => {
    if (items.length > 0) out.push(`**${title}**`, '', ...items.map((i) => `- ${i}`), '')
  }
  list('Goals achieved', model.goalsAchieved)
  list(
    'Skills that moved up',
    model.skillsUp.map((s) => `${s.name}: ${s.from} → ${s.to}`),
  )
  list(
    'Most discussed',
    model.topics.map((t) => `${t.topic} (${plural(t.count, 'session', 'sessions')})`),
  )
  return `${out.join('\n').trimEnd()}\n`
}

/** The highlights page, built like the summary from what the other sections found. */
export function buildHighlights(model: HighlightsModel): BuiltSection {
  return {
    ...highlightsInfo,
    anchor: `sec-${HIGHLIGHTS_ID}`,
    model,
    facts: [],
    tables: [],
    charts: [],
    summaryOrder: 0,
    subEntries: [],
    isEmpty: model.sessions === 0 && model.goalsAchieved.length === 0 && model.skillsUp.length === 0,
    html: () => highlightsHtml(model),
    markdown: () => highlightsMarkdown(model),
    files: () => null,
  }
}
