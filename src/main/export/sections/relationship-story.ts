import { goalStatusLabels } from '../../../shared/domain/goal'
import { computeProgress } from '../../../shared/domain/goal-progress'
import { type Partner, partnerDirectionLabels } from '../../../shared/domain/partner'
import { escapeHtml, renderMarkdownInline } from '../../../shared/markdown'
import { type DateWords, monthsBetween } from '../period'
import { type HighlightLine, hoursOf, recentLines } from './highlights'
import type { SectionDeps } from './index'
import type { SessionsModel } from './sessions'
import { level, type SkillsModel } from './skills'
import { type StoryPart, storySection } from './story'
import { topTopics } from './tally'
import type { BuiltSection, SectionInput } from './types'

export const RELATIONSHIP_ID = 'relationship'

/** How many lines of "what I learned" and "what I shared" the story quotes: a whole relationship, more than a period's three. */
const LINES = 5

/** One partner and everything the report may show of the time together. */
export interface RelationshipStoryModel {
  name: string
  /** Who mentors whom, in words ("They mentor me"). */
  direction: string
  archived: boolean
  nextSessionOn: string | null
  /** The first and last day with a session the report shows; null when there is none. */
  span: { from: string; to: string } | null
  /** The first and the latest session the report shows. */
  firstSession: { date: string; title: string } | null
  lastSession: { date: string; title: string } | null
  /** Calendar months from the first session to the last, both counted. */
  months: number
  sessions: number
  timedSessions: number
  hours: string | null
  topics: Array<{ topic: string; count: number }>
  learned: HighlightLine[]
  shared: HighlightLine[]
  skills: Array<{ name: string; direction: 'learned' | 'taught'; from: string; to: string; up: boolean }>
  goals: Array<{ title: string; status: string; progress: number; sessions: number }>
  openActions: Array<{ text: string; due: string | null; date: string; session: string }>
  dates: DateWords
}

/**
 * Built, like the highlights, from what the partner-filtered sections found (so their privacy holds
 * here too), plus the partner's own record and the goals their sessions worked on.
 */
export function relationshipStoryModel(
  partner: Partner,
  parts: { sessions?: SessionsModel; skills?: SkillsModel },
  deps: Pick<SectionDeps, 'goals'>,
  input: SectionInput,
): RelationshipStoryModel {
  const entries = parts.sessions?.entries ?? []
  const first = entries[0]
  const last = entries[entries.length - 1]
  const span = first && last ? { from: first.date, to: last.date } : null
  const shownIds = new Set(entries.map((e) => e.id))
  const goals = (deps.goals?.list() ?? [])
    .filter((g) => input.shows(g))
    .map((g) => ({ goal: g, linked: g.sessionIds.filter((id) => shownIds.has(id)).length }))
    .filter(({ linked }) => linked > 0)
    .sort((a, b) => b.linked - a.linked || a.goal.title.localeCompare(b.goal.title))
    .map(({ goal, linked }) => ({
      title: goal.title,
      status: goalStatusLabels[goal.status],
      progress: computeProgress(goal).value,
      sessions: linked,
    }))
  const skills = (parts.skills?.skills ?? []).map((s) => ({
    name: s.name,
    direction: s.direction,
    from: level(s.levelStart),
    to: level(s.levelAfter),
    up: s.levelAfter > s.levelStart,
  }))
  const openActions = [...entries]
    .reverse()
    .flatMap((e) =>
      e.actionItems
        .filter((item) => !item.done)
        .map((item) => ({ text: item.text, due: item.due, date: e.date, session: e.title })),
    )
  return {
    name: partner.name,
    direction: partnerDirectionLabels[partner.direction],
    archived: partner.archived,
    nextSessionOn: partner.nextSessionOn,
    span,
    firstSession: first ? { date: first.date, title: first.title } : null,
    lastSession: last ? { date: last.date, title: last.title } : null,
    months: span ? monthsBetween(span.from, span.to).length : 0,
    sessions: entries.length,
    timedSessions: entries.filter((e) => e.durationMinutes !== null).length,
    hours: parts.sessions ? hoursOf(parts.sessions) : null,
    topics: topTopics(entries, 5),
    learned: parts.sessions ? recentLines(parts.sessions, 'learned', LINES) : [],
    shared: parts.sessions ? recentLines(parts.sessions, 'shared', LINES) : [],
    skills,
    goals,
    openActions,
    dates: input.dates,
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function spanWords(model: RelationshipStoryModel): string {
  const d = model.dates
  if (model.span === null) return 'No sessions yet'
  if (model.span.from === model.span.to) return `One day, ${d.date(model.span.from)}`
  return `${d.date(model.span.from)} – ${d.date(model.span.to)}`
}

/** "Who they are": what the partner record holds, as lines of label and value. */
function about(model: RelationshipStoryModel): Array<{ label: string; value: string }> {
  const d = model.dates
  return [
    { label: 'Who mentors whom', value: model.direction },
    ...(model.firstSession
      ? [
          {
            label: 'First session',
            value: `${d.date(model.firstSession.date)} · ${model.firstSession.title}`,
          },
        ]
      : []),
    ...(model.lastSession && model.lastSession !== model.firstSession && model.sessions > 1
      ? [{ label: 'Latest session', value: `${d.date(model.lastSession.date)} · ${model.lastSession.title}` }]
      : []),
    ...(model.nextSessionOn ? [{ label: 'Next session planned', value: d.date(model.nextSessionOn) }] : []),
    ...(model.archived ? [{ label: 'Status', value: 'Archived: no longer meeting' }] : []),
  ]
}

/** One side of the two-way ledger: its newest lines, each with the day and session it was written in. */
function quotesHtml(title: string, lines: HighlightLine[], dates: DateWords): string {
  const body =
    lines.length === 0
      ? '<p class="empty">Nothing written here yet.</p>'
      : lines
          .map(
            (l) =>
              `<blockquote class="highlight"><p>${renderMarkdownInline(l.text)}</p><p class="highlight-source">${escapeHtml(dates.date(l.date))} · ${escapeHtml(l.session)}</p></blockquote>`,
          )
          .join('')
  return `<div class="block"><h4>${escapeHtml(title)}</h4>${body}</div>`
}

type Part = StoryPart

function skillLine(s: RelationshipStoryModel['skills'][number]) {
  return {
    html: `<li><strong>${escapeHtml(s.name)}</strong>: ${s.from === s.to ? `at ${escapeHtml(s.to)}` : `${escapeHtml(s.from)} → ${escapeHtml(s.to)}`}</li>`,
    markdown: `- **${s.name}**: ${s.from === s.to ? `at ${s.to}` : `${s.from} → ${s.to}`}`,
  }
}

/** The parts that have something in them, in reading order; "Who they are" always. */
function parts(model: RelationshipStoryModel): Part[] {
  const d = model.dates
  const out: Part[] = []
  const add = (key: string, title: string, html: string, markdown: string) =>
    out.push({ anchor: `relationship-${key}`, title, html, markdown })
  const lines = about(model)
  add(
    'who',
    `Who ${model.name} is`,
    `<dl class="about">${lines.map((l) => `<dt>${escapeHtml(l.label)}</dt><dd>${escapeHtml(l.value)}</dd>`).join('')}</dl>`,
    lines.map((l) => `- **${l.label}:** ${l.value}`).join('\n'),
  )
  if (model.topics.length > 0) {
    add(
      'topics',
      'What we talked about most',
      `<ul class="highlight-list">${model.topics.map((t) => `<li><strong>${escapeHtml(t.topic)}</strong> · ${plural(t.count, 'session', 'sessions')}</li>`).join('')}</ul>`,
      model.topics.map((t) => `- ${t.topic} (${plural(t.count, 'session', 'sessions')})`).join('\n'),
    )
  }
  if (model.learned.length > 0 || model.shared.length > 0) {
    const quotes = (lines: HighlightLine[]) =>
      lines.length === 0
        ? 'Nothing written here yet.'
        : lines.map((l) => `> ${l.text}\n> — ${d.date(l.date)}, ${l.session}`).join('\n\n')
    add(
      'two-way',
      'What I learned and what I shared',
      `<div class="two-way">${quotesHtml(`What I learned from ${model.name}`, model.learned, d)}${quotesHtml(`What I shared with ${model.name}`, model.shared, d)}</div>`,
      `**What I learned from ${model.name}**\n\n${quotes(model.learned)}\n\n**What I shared with ${model.name}**\n\n${quotes(model.shared)}`,
    )
  }
  if (model.skills.length > 0) {
    const group = (direction: 'learned' | 'taught', title: string) => {
      const skills = model.skills.filter((s) => s.direction === direction).map(skillLine)
      return skills.length === 0
        ? { html: '', markdown: '' }
        : {
            html: `<h4>${escapeHtml(title)}</h4><ul class="highlight-list">${skills.map((s) => s.html).join('')}</ul>`,
            markdown: `**${title}**\n\n${skills.map((s) => s.markdown).join('\n')}\n\n`,
          }
    }
    const learned = group('learned', `Learned from ${model.name}`)
    const taught = group('taught', `Taught to ${model.name}`)
    add(
      'skills',
      'Skills, from their first level to now',
      learned.html + taught.html,
      (learned.markdown + taught.markdown).trimEnd(),
    )
  }
  if (model.goals.length > 0) {
    add(
      'goals',
      'Goals our sessions worked on',
      `<ul class="highlight-list">${model.goals.map((g) => `<li><strong>${escapeHtml(g.title)}</strong> · ${escapeHtml(g.status)}, ${g.progress}% · ${plural(g.sessions, 'session', 'sessions')} together</li>`).join('')}</ul>`,
      model.goals
        .map(
          (g) =>
            `- **${g.title}** · ${g.status}, ${g.progress}% · ${plural(g.sessions, 'session', 'sessions')} together`,
        )
        .join('\n'),
    )
  }
  if (model.openActions.length > 0) {
    const when = (a: RelationshipStoryModel['openActions'][number]) =>
      `${a.due ? `due ${d.date(a.due)} · ` : ''}from ${d.date(a.date)} · ${a.session}`
    add(
      'open-actions',
      'Open action items',
      `<ul class="actions">${model.openActions.map((a) => `<li class="open"><span class="box"></span><span class="item-text">${escapeHtml(a.text)}<span class="item-source">${escapeHtml(when(a))}</span></span></li>`).join('')}</ul>`,
      model.openActions.map((a) => `- [ ] ${a.text} (${when(a)})`).join('\n'),
    )
  }
  return out
}

function numbers(model: RelationshipStoryModel): Array<{ value: string; label: string }> {
  return [
    {
      value: model.dates.number(model.sessions),
      label: model.sessions === 1 ? 'session held' : 'sessions held',
    },
    {
      value: model.hours ?? '–',
      label:
        model.hours && model.timedSessions < model.sessions
          ? `together (${model.timedSessions} timed)`
          : 'together',
    },
    { value: model.dates.number(model.months), label: model.months === 1 ? 'month' : 'months' },
    {
      value: model.dates.number(model.openActions.length),
      label: model.openActions.length === 1 ? 'open action item' : 'open action items',
    },
  ]
}

function head(model: RelationshipStoryModel): { html: string; markdown: string } {
  const lead = spanWords(model)
  const facts = numbers(model)
  return {
    html: `<p class="lead">${escapeHtml(lead)}</p><div class="facts facts-4">${facts.map((f) => `<div class="fact"><div class="fact-value">${escapeHtml(f.value)}</div><div class="fact-label">${escapeHtml(f.label)}</div></div>`).join('')}</div>`,
    markdown: `*${lead}*\n\n${facts.map((f) => `**${f.value}** ${f.label}`).join(' · ')}\n`,
  }
}

/** A relationship report's first section: the partner and the time together, each part a heading of its own. */
export function buildRelationshipStory(model: RelationshipStoryModel): BuiltSection {
  return storySection({ id: RELATIONSHIP_ID, title: 'The relationship', model }, head(model), parts(model))
}
