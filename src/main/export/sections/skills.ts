import { levelLabels, type SkillView } from '../../../shared/domain/skill'
import { escapeHtml } from '../../../shared/markdown'
import type { SkillsService } from '../../skills/service'
import { levelChartSvg } from '../charts'
import { type DateWords, inPeriod, localDateIn } from '../period'
import { defineSection, type SectionInput, type SummaryFact } from './types'

export interface SkillEntry {
  name: string
  category: string
  direction: 'learned' | 'taught'
  partner: string | null
  /** First met or logged within the period. */
  isNew: boolean
  /** The level when the period began (null: the skill was not logged yet), and when it ended. */
  levelBefore: number | null
  levelAfter: number
  /** Where the period started it: the level before the period, or for a new skill its first level logged. */
  levelStart: number
  practiceInPeriod: number
}

export interface SkillsModel {
  skills: SkillEntry[]
  dates: DateWords
}

function entry(
  service: Pick<SkillsService, 'get'>,
  skill: SkillView,
  input: SectionInput,
): SkillEntry | null {
  const detail = service.get(skill.id)
  const { from, to } = input.period
  const met = skill.firstMet ?? localDateIn(new Date(skill.createdAt), input.timeZone)
  const levelAt = (end: string | null, strict: boolean) => {
    const points = detail.history.filter((p) => end === null || (strict ? p.date < end : p.date <= end))
    return points.length === 0 ? null : (points[points.length - 1]?.level ?? null)
  }
  const levelBefore = from === null ? null : levelAt(from, true)
  const levelAfter = levelAt(to, false)
  const practiceInPeriod = detail.practice.filter((p) => inPeriod(p.date, input.period)).length
  if (levelAfter === null) return null // logged only after the period
  const isNew = inPeriod(met, input.period)
  if (!isNew && practiceInPeriod === 0 && levelBefore === levelAfter) return null
  const firstInPeriod = detail.history.find((p) => inPeriod(p.date, input.period))?.level ?? levelAfter
  const levelStart = isNew || levelBefore === null ? firstInPeriod : levelBefore
  return {
    name: skill.name,
    category: skill.category,
    direction: skill.direction,
    partner: input.partnerName(skill.partnerId),
    isNew,
    levelBefore: isNew ? null : levelBefore,
    levelAfter,
    levelStart,
    practiceInPeriod,
  }
}

export const level = (n: number) => `${n} · ${levelLabels[n] ?? ''}`

/** "from 1 · Aware of it (new) to 4 · Fluent", or "at 3 · …" when it did not move. */
function change(skill: SkillEntry): string {
  const start = `${level(skill.levelStart)}${skill.isNew ? ' (new)' : ''}`
  if (skill.levelStart === skill.levelAfter) return `at ${start}`
  return `from ${start} to ${level(skill.levelAfter)}`
}

function levelCells(skill: SkillEntry): string {
  const newTag = skill.isNew ? ' <span class="tag">new</span>' : ''
  const moved = skill.levelAfter !== skill.levelStart
  const arrow = skill.levelAfter > skill.levelStart ? '↑ ' : skill.levelAfter < skill.levelStart ? '↓ ' : ''
  const up = skill.levelAfter > skill.levelStart
  return `<td class="level">${escapeHtml(level(skill.levelStart))}${newTag}</td><td class="level${up ? ' up' : ''}">${moved ? `${arrow}${escapeHtml(level(skill.levelAfter))}` : '<span class="muted">same</span>'}</td>`
}

function tableHtml(title: string, skills: SkillEntry[]): string {
  if (skills.length === 0) return ''
  const rows = skills
    .map(
      (s) =>
        `<tr><td><strong>${escapeHtml(s.name)}</strong><br><span class="muted">${escapeHtml([s.category, s.partner].filter(Boolean).join(' · '))}</span></td>${levelCells(s)}<td class="num">${s.practiceInPeriod}</td></tr>`,
    )
    .join('')
  return `<h3 class="table-title">${escapeHtml(title)}</h3><table class="summary-table skills-table"><thead><tr><th>Skill</th><th class="level">From</th><th class="level">To</th><th class="num">Practice</th></tr></thead><tbody>${rows}</tbody></table>`
}

export function skillsSection(deps: { skills?: Pick<SkillsService, 'list' | 'get'> }) {
  return defineSection<SkillsModel>({
    id: 'skills',
    title: 'Skills',
    description: 'Skills learned and taught, with their level changes in the period.',
    summaryOrder: 30,
    build(input) {
      const service = deps.skills
      if (!service) return null
      const skills = service
        .list()
        .filter((s) => input.shows(s))
        .filter((s) => input.partnerId === null || s.partnerId === input.partnerId)
        .flatMap((s) => entry(service, s, input) ?? [])
      return { skills, dates: input.dates }
    },
    facts(model): SummaryFact[] {
      if (model.skills.length === 0) return []
      const count = (direction: 'learned' | 'taught') =>
        model.skills.filter((s) => s.direction === direction && s.isNew).length
      const grew = model.skills.filter((s) => s.levelAfter > s.levelStart).length
      return [
        { label: 'Skills learned', value: model.dates.number(count('learned')) },
        { label: 'Skills taught', value: model.dates.number(count('taught')) },
        ...(grew > 0 ? [{ label: 'Skills levelled up', value: model.dates.number(grew) }] : []),
      ]
    },
    isEmpty: (model) => model.skills.length === 0,
    html(model) {
      if (model.skills.length === 0)
        return '<p class="empty">No skills were logged or practised in this period.</p>'
      // The chart shows where each skill went in the period; a skill that only held its level shows one dot.
      const rows = [...model.skills]
        .sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'learned' ? -1 : 1))
        .slice(0, 14)
        .map((s) => ({ key: s.name, label: s.name, from: s.levelStart, to: s.levelAfter }))
      const chart = levelChartSvg(
        'Skill levels: where the period started each (○) and ended (●)',
        rows,
        level,
      )
      return (
        chart +
        tableHtml(
          'Skills I learned',
          model.skills.filter((s) => s.direction === 'learned'),
        ) +
        tableHtml(
          'Skills I taught',
          model.skills.filter((s) => s.direction === 'taught'),
        )
      )
    },
    markdown(model) {
      if (model.skills.length === 0) return 'No skills were logged or practised in this period.\n'
      return model.skills
        .map(
          (s) =>
            `- **${s.name}** (${s.direction === 'learned' ? 'learned' : 'taught'}${s.partner ? `, with ${s.partner}` : ''}): ${change(s)}; practised ${s.practiceInPeriod === 1 ? 'once' : `${s.practiceInPeriod} times`}`,
        )
        .join('\n')
        .concat('\n')
    },
  })
}
