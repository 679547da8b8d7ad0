import { type Goal, goalStatusLabels } from '../../../shared/domain/goal'
import { computeProgress } from '../../../shared/domain/goal-progress'
import { escapeHtml, renderMarkdown, shiftMarkdownHeadings } from '../../../shared/markdown'
import type { GoalsService } from '../../goals/service'
import type { SessionsService } from '../../sessions/service'
import { type DateWords, inPeriod, localDateIn } from '../period'
import { defineSection, type SectionInput, type SummaryFact } from './types'

export interface GoalEntry {
  id: string
  title: string
  category: string
  direction: 'learning' | 'helping'
  status: string
  progress: number
  startDate: string
  targetDate: string | null
  /** Achieved (or dropped) within the period. */
  closedInPeriod: boolean
  closingReflection: string
  milestones: Array<{ text: string; done: boolean; doneInPeriod: boolean }>
  checkIns: Array<{ date: string; progress: number; note: string }>
}

export interface GoalsModel {
  goals: GoalEntry[]
  dates: DateWords
}

/** The user's calendar date of a stored time stamp (null stays null). */
const dateIn = (timestamp: string | null, input: SectionInput) =>
  timestamp === null ? null : localDateIn(new Date(timestamp), input.timeZone)

/** A goal belongs to a period when it was open at some point in it. */
function overlaps(goal: Goal, input: SectionInput): boolean {
  const closed = dateIn(goal.closedAt, input)
  const startsInTime = input.period.to === null || goal.startDate <= input.period.to
  const openInTime = closed === null || input.period.from === null || closed >= input.period.from
  return startsInTime && openInTime
}

function entry(goal: Goal, input: SectionInput): GoalEntry {
  const closed = dateIn(goal.closedAt, input)
  return {
    id: goal.id,
    title: goal.title,
    category: goal.category,
    direction: goal.direction,
    status: goalStatusLabels[goal.status],
    progress: computeProgress(goal).value,
    startDate: goal.startDate,
    targetDate: goal.targetDate,
    closedInPeriod: closed !== null && inPeriod(closed, input.period),
    closingReflection: goal.closingReflection,
    milestones: goal.milestones.map((m) => {
      const doneOn = dateIn(m.doneAt, input)
      return {
        text: m.text,
        done: m.done,
        doneInPeriod: m.done && doneOn !== null && inPeriod(doneOn, input.period),
      }
    }),
    checkIns: goal.checkIns
      .filter((c) => inPeriod(c.date, input.period))
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((c) => ({ date: c.date, progress: c.progress, note: c.note })),
  }
}

/** Text in a block (under the goal's h3 and the block's h4 label): its headings start at h5. */
const IN_BLOCK = { topHeading: 5 }
/** In the Markdown export each goal is an h3: headings in its text start at h4. */
const UNDER_H3 = { topHeading: 4 }

function goalHtml(goal: GoalEntry, dates: DateWords): string {
  const meta = [
    goal.category,
    goal.direction === 'learning' ? 'I am learning' : 'I am helping',
    goal.targetDate ? `target ${dates.date(goal.targetDate)}` : null,
  ].filter((p): p is string => p !== null)
  const bar = `<div class="progress"><div class="bar"><div class="fill p${Math.round(goal.progress / 5) * 5}"></div></div><span>${goal.progress}%</span></div>`
  const milestones = goal.milestones.length
    ? `<div class="block"><h4>Milestones</h4><ul class="actions">${goal.milestones
        .map(
          (m) =>
            `<li class="${m.done ? 'done' : 'open'}"><span class="box">${m.done ? '✓' : ''}</span><span class="item-text">${escapeHtml(m.text)}</span>${m.doneInPeriod ? ' <span class="due">done in this period</span>' : ''}</li>`,
        )
        .join('')}</ul></div>`
    : ''
  const checkIns = goal.checkIns.length
    ? `<div class="block"><h4>Check-ins in this period</h4>${goal.checkIns
        .map(
          (c) =>
            `<div class="check-in"><p class="check-in-head">${escapeHtml(dates.date(c.date))} · ${c.progress}%</p>${renderMarkdown(c.note, IN_BLOCK)}</div>`,
        )
        .join('')}</div>`
    : ''
  const closing =
    goal.closedInPeriod && goal.closingReflection.trim() !== ''
      ? `<div class="block"><h4>Looking back</h4>${renderMarkdown(goal.closingReflection, IN_BLOCK)}</div>`
      : ''
  return `<article class="goal"><header><h3>${escapeHtml(goal.title)} <span class="status status-${escapeHtml(goal.status.toLowerCase())}">${escapeHtml(goal.status)}</span></h3>
<p class="session-meta">${meta.map(escapeHtml).join(' · ')}</p></header>${bar}${milestones}${checkIns}${closing}</article>`
}

function goalMarkdown(goal: GoalEntry, dates: DateWords): string {
  const lines = [`### ${goal.title} (${goal.status}, ${goal.progress}%)`, '', `*${goal.category}*`, '']
  for (const m of goal.milestones) lines.push(`- [${m.done ? 'x' : ' '}] ${m.text}`)
  if (goal.milestones.length) lines.push('')
  for (const c of goal.checkIns)
    lines.push(
      `**${dates.date(c.date)} · ${c.progress}%**`,
      '',
      shiftMarkdownHeadings(c.note.trim(), UNDER_H3),
      '',
    )
  if (goal.closedInPeriod && goal.closingReflection.trim() !== '')
    lines.push(shiftMarkdownHeadings(goal.closingReflection.trim(), UNDER_H3), '')
  return lines.join('\n')
}

export function goalsSection(deps: {
  goals?: Pick<GoalsService, 'list'>
  sessions: Pick<SessionsService, 'find'>
}) {
  return defineSection<GoalsModel>({
    id: 'goals',
    title: 'Goals',
    description: 'Each goal with its progress, milestones and the check-ins of the period.',
    build(input) {
      const service = deps.goals
      if (!service) return null
      const withPartner = (goal: Goal) =>
        input.partnerId === null ||
        goal.sessionIds.some((id) => deps.sessions.find(id)?.partnerId === input.partnerId)
      const goals = service
        .list()
        .filter((g) => input.shows(g))
        .filter((g) => overlaps(g, input) && withPartner(g))
        .map((g) => entry(g, input))
      return { goals, dates: input.dates }
    },
    summaryOrder: 20,
    facts(model): SummaryFact[] {
      if (model.goals.length === 0) return []
      const achieved = model.goals.filter((g) => g.closedInPeriod && g.status === 'Achieved').length
      const milestones = model.goals.flatMap((g) => g.milestones).filter((m) => m.doneInPeriod).length
      return [
        {
          label: 'Goals achieved',
          value: model.dates.number(achieved),
          detail: `of ${model.goals.length} ${model.goals.length === 1 ? 'goal' : 'goals'} in this period`,
        },
        ...(milestones > 0 ? [{ label: 'Milestones reached', value: model.dates.number(milestones) }] : []),
      ]
    },
    isEmpty: (model) => model.goals.length === 0,
    html: (model) =>
      model.goals.length === 0
        ? '<p class="empty">No goals were open in this period.</p>'
        : model.goals.map((goal) => goalHtml(goal, model.dates)).join('\n'),
    markdown: (model) =>
      model.goals.length === 0
        ? 'No goals were open in this period.\n'
        : model.goals.map((goal) => goalMarkdown(goal, model.dates)).join('\n'),
  })
}
