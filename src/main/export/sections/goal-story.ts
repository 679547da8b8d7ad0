import { type Goal, goalStatusLabels } from '../../../shared/domain/goal'
import { computeProgress } from '../../../shared/domain/goal-progress'
import { escapeHtml, renderMarkdown, shiftMarkdownHeadings } from '../../../shared/markdown'
import { type DateWords, localDateIn } from '../period'
import type { SectionDeps } from './index'
import { level } from './skills'
import { type StoryPart, storySection } from './story'
import type { BuiltSection, SectionInput } from './types'

export const GOAL_STORY_ID = 'goal-story'

/** One goal from its start to now: why, the steps and when they were done, check-ins, and what fed it. */
export interface GoalStoryModel {
  title: string
  why: string
  outcome: string
  measure: string
  category: string
  direction: 'learning' | 'helping'
  status: string
  progress: number
  startDate: string
  targetDate: string | null
  closedOn: string | null
  closingReflection: string
  milestones: Array<{ text: string; due: string | null; doneOn: string | null; done: boolean }>
  checkIns: Array<{ date: string; progress: number; note: string }>
  sessions: Array<{ date: string; title: string; partner: string | null }>
  skills: Array<{ name: string; from: string; to: string }>
  reflections: Array<{ date: string; prompt: string | null; answer: string }>
  dates: DateWords
}

const dayOf = (timestamp: string | null, input: SectionInput) =>
  timestamp === null ? null : localDateIn(new Date(timestamp), input.timeZone)

export function goalStoryModel(goal: Goal, deps: SectionDeps, input: SectionInput): GoalStoryModel {
  const sessions = goal.sessionIds
    .map((id) => deps.sessions.find(id))
    .filter((s) => input.shows(s))
    .flatMap((s) => (s ? [s] : []))
    .sort((a, b) => (a.date < b.date ? -1 : 1))
  const shownSessions = new Set(sessions.map((s) => s.id))
  const skills = (deps.skills?.list() ?? [])
    .filter((s) => s.goalIds.includes(goal.id) && input.shows(s))
    .map((s) => {
      const history = deps.skills?.get(s.id).history ?? []
      return { name: s.name, from: level(history[0]?.level ?? s.level), to: level(s.level) }
    })
  const reflections = (deps.reflections?.all() ?? [])
    .filter((r) => r.goalIds.includes(goal.id) && input.shows(r))
    // After a private session left out of the report, the reflection stays out with it.
    .filter(
      (r) =>
        r.sessionId === null ||
        shownSessions.has(r.sessionId) ||
        input.shows(deps.sessions.find(r.sessionId)),
    )
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((r) => ({ date: r.date, prompt: r.prompt?.text ?? null, answer: r.answer }))
  return {
    title: goal.title,
    why: goal.why,
    outcome: goal.outcome,
    measure: goal.measure,
    category: goal.category,
    direction: goal.direction,
    status: goalStatusLabels[goal.status],
    progress: computeProgress(goal).value,
    startDate: goal.startDate,
    targetDate: goal.targetDate,
    closedOn: dayOf(goal.closedAt, input),
    closingReflection: goal.closingReflection,
    milestones: goal.milestones.map((m) => ({
      text: m.text,
      due: m.due,
      done: m.done,
      doneOn: dayOf(m.doneAt, input),
    })),
    checkIns: [...goal.checkIns]
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((c) => ({ date: c.date, progress: c.progress, note: c.note })),
    sessions: sessions.map((s) => ({
      date: s.date,
      title: s.title || 'Untitled session',
      partner: input.partnerName(s.partnerId),
    })),
    skills,
    reflections,
    dates: input.dates,
  }
}

/** The parts of the story that have something in them, in reading order, each with its anchor. */
function parts(model: GoalStoryModel): StoryPart[] {
  const d = model.dates
  const IN_PART = { topHeading: 4 }
  const out: StoryPart[] = []
  const add = (key: string, title: string, html: string, markdown: string) =>
    out.push({ anchor: `goal-${key}`, title, html, markdown })
  const why = [
    model.why,
    model.outcome && `**What success looks like:** ${model.outcome}`,
    model.measure && `**How I will know:** ${model.measure}`,
  ]
    .filter((t) => t.trim() !== '')
    .join('\n\n')
  if (why !== '')
    add('why', 'Why it matters', renderMarkdown(why, IN_PART), shiftMarkdownHeadings(why, IN_PART))
  if (model.milestones.length > 0) {
    add(
      'milestones',
      'Milestones',
      `<ul class="actions">${model.milestones
        .map(
          (m) =>
            `<li class="${m.done ? 'done' : 'open'}"><span class="box">${m.done ? '✓' : ''}</span><span class="item-text">${escapeHtml(m.text)}</span>${m.doneOn ? ` <span class="due">done ${escapeHtml(d.date(m.doneOn))}</span>` : m.due ? ` <span class="due">due ${escapeHtml(d.date(m.due))}</span>` : ''}</li>`,
        )
        .join('')}</ul>`,
      model.milestones
        .map(
          (m) =>
            `- [${m.done ? 'x' : ' '}] ${m.text}${m.doneOn ? ` (done ${d.date(m.doneOn)})` : m.due ? ` (due ${d.date(m.due)})` : ''}`,
        )
        .join('\n'),
    )
  }
  if (model.checkIns.length > 0) {
    add(
      'check-ins',
      'Check-ins',
      model.checkIns
        .map(
          (c) =>
            `<div class="check-in"><p class="check-in-head">${escapeHtml(d.date(c.date))} · ${c.progress}%</p>${renderMarkdown(c.note, { topHeading: 5 })}</div>`,
        )
        .join(''),
      model.checkIns
        .map(
          (c) => `**${d.date(c.date)} · ${c.progress}%**\n\n${shiftMarkdownHeadings(c.note.trim(), IN_PART)}`,
        )
        .join('\n\n'),
    )
  }
  if (model.sessions.length > 0) {
    add(
      'sessions',
      'Sessions that worked on it',
      `<ul class="highlight-list">${model.sessions
        .map(
          (s) =>
            `<li><strong>${escapeHtml(d.date(s.date))}</strong> · ${escapeHtml(s.title)}${s.partner ? ` · with ${escapeHtml(s.partner)}` : ''}</li>`,
        )
        .join('')}</ul>`,
      model.sessions
        .map((s) => `- ${d.date(s.date)} · ${s.title}${s.partner ? ` · with ${s.partner}` : ''}`)
        .join('\n'),
    )
  }
  if (model.skills.length > 0) {
    add(
      'skills',
      'Skills it built',
      `<ul class="highlight-list">${model.skills.map((s) => `<li><strong>${escapeHtml(s.name)}</strong>: ${escapeHtml(s.from)} → ${escapeHtml(s.to)}</li>`).join('')}</ul>`,
      model.skills.map((s) => `- ${s.name}: ${s.from} → ${s.to}`).join('\n'),
    )
  }
  if (model.reflections.length > 0) {
    add(
      'reflections',
      'Reflections',
      model.reflections
        .map(
          (r) =>
            `<article class="reflection"><p class="session-meta">${escapeHtml(d.date(r.date))}</p><h4>${escapeHtml(r.prompt ?? 'Free reflection')}</h4><div class="block">${renderMarkdown(r.answer, { topHeading: 5 })}</div></article>`,
        )
        .join(''),
      model.reflections
        .map(
          (r) =>
            `**${d.date(r.date)} — ${r.prompt ?? 'Free reflection'}**\n\n${shiftMarkdownHeadings(r.answer.trim(), IN_PART)}`,
        )
        .join('\n\n'),
    )
  }
  if (model.closedOn && model.closingReflection.trim() !== '') {
    add(
      'looking-back',
      'Looking back',
      renderMarkdown(model.closingReflection, IN_PART),
      shiftMarkdownHeadings(model.closingReflection.trim(), IN_PART),
    )
  }
  return out
}

function head(model: GoalStoryModel): { html: string; markdown: string } {
  const d = model.dates
  const facts = [
    { value: `${model.progress}%`, label: 'progress' },
    { value: model.status, label: 'status' },
    { value: d.number(model.sessions.length), label: model.sessions.length === 1 ? 'session' : 'sessions' },
    { value: d.number(model.checkIns.length), label: model.checkIns.length === 1 ? 'check-in' : 'check-ins' },
  ]
  const when = [
    `Started ${d.date(model.startDate)}`,
    model.targetDate ? `target ${d.date(model.targetDate)}` : null,
    model.closedOn ? `${model.status.toLowerCase()} ${d.date(model.closedOn)}` : null,
  ].filter((p): p is string => p !== null)
  const meta = [model.category, model.direction === 'learning' ? 'I am learning' : 'I am helping', ...when]
  const bar = `<div class="progress"><div class="bar"><div class="fill p${Math.round(model.progress / 5) * 5}"></div></div><span>${model.progress}%</span></div>`
  return {
    html: `<p class="lead">${meta.map(escapeHtml).join(' · ')}</p>${bar}<div class="facts facts-4">${facts.map((f) => `<div class="fact"><div class="fact-value">${escapeHtml(f.value)}</div><div class="fact-label">${escapeHtml(f.label)}</div></div>`).join('')}</div>`,
    markdown: `*${meta.join(' · ')}*\n\n${facts.map((f) => `**${f.value}** ${f.label}`).join(' · ')}\n`,
  }
}

/** A one-goal report's only section: the goal's story, each part a heading of its own. */
export function buildGoalStory(model: GoalStoryModel): BuiltSection {
  return storySection({ id: GOAL_STORY_ID, title: 'The goal’s story', model }, head(model), parts(model))
}
