import { localToday } from '../../shared/domain/common'
import type { Goal } from '../../shared/domain/goal'
import type {
  JourneyCadence,
  JourneyDay,
  JourneyGoal,
  JourneyInput,
  JourneyMonth,
  JourneyOverview,
  JourneySkillRise,
} from '../../shared/domain/journey'
import type { LevelPoint } from '../../shared/domain/skill'
import type { FeatureContext } from '../context'
import type { GoalsService } from '../goals/service'
import type { PartnersService } from '../partners/service'
import type { ReflectionsService } from '../reflections/service'
import type { SessionsService } from '../sessions/service'
import type { SkillsService } from '../skills/service'
import { cadenceOf, cadenceSentence } from './cadence'
import { addDays, addMonths, monthsFrom } from './dates'
import { whileAgo } from './while-ago'

export interface JourneyService {
  overview(input: Required<JourneyInput>): JourneyOverview
}

export interface JourneyDeps {
  partners: Pick<PartnersService, 'list'>
  sessions: Pick<SessionsService, 'records'>
  reflections: Pick<ReflectionsService, 'records'>
  skills: Pick<SkillsService, 'list' | 'get'>
  goals: Pick<GoalsService, 'list'>
}

/**
 * The Journey screen's numbers, read from the other features' records in memory (it keeps nothing of
 * its own). Private sessions count like every other: this is the user's own screen, not an export.
 */
export function openJourney(ctx: FeatureContext, deps: JourneyDeps): JourneyService {
  return {
    overview({ period, partnerId }) {
      const today = localToday(ctx.clock.now())
      const thisMonth = today.slice(0, 7)
      const partners = deps.partners.list()
      const nameOf = (id: string | null) => partners.find((p) => p.id === id)?.name ?? null
      const sessions = deps.sessions
        .records()
        .filter((s) => partnerId === null || s.partnerId === partnerId)
        .filter((s) => s.date <= today)
      const sessionIds = new Set(sessions.map((s) => s.id))
      const skills = deps.skills.list().filter((s) => partnerId === null || s.partnerId === partnerId)

      const first = sessions
        .map((s) => s.date)
        .reduce(earlier, today)
        .slice(0, 7)
      const yearAgo = addMonths(`${thisMonth}-01`, -11).slice(0, 7)
      const fromMonth = period === 'all' && first < yearAgo ? first : yearAgo
      const monthList = monthsFrom(fromMonth, thisMonth)
      const byMonth = new Map<string, JourneyMonth>(
        monthList.map((month) => [month, { month, sessions: 0, minutes: 0 }]),
      )
      for (const s of sessions) {
        const row = byMonth.get(s.date.slice(0, 7))
        if (!row) continue
        row.sessions += 1
        row.minutes += s.durationMinutes ?? 0
      }
      const months = [...byMonth.values()]
      // The whole journal: a goal achieved or a level reached before the first session still counts.
      const periodStart = period === 'all' ? '0000-01-01' : `${fromMonth}-01`

      // The heatmap: the day after this date a year ago, through today.
      const heatFrom = addDays(addMonths(today, -12), 1)
      const days = new Map<string, JourneyDay>()
      const day = (date: string) => {
        let row = days.get(date)
        if (!row) {
          row = { date, sessions: 0, reflections: 0, practice: 0 }
          days.set(date, row)
        }
        return row
      }
      const inHeat = (date: string) => date >= heatFrom && date <= today
      for (const s of sessions) if (inHeat(s.date)) day(s.date).sessions += 1
      for (const r of deps.reflections.records()) {
        if (partnerId !== null && (r.sessionId === null || !sessionIds.has(r.sessionId))) continue
        if (inHeat(r.date)) day(r.date).reflections += 1
      }

      const rises: JourneySkillRise[] = []
      for (const skill of skills) {
        const detail = deps.skills.get(skill.id)
        for (const entry of detail.practice) if (inHeat(entry.date)) day(entry.date).practice += 1
        const rise = riseOf(detail.history, periodStart, today)
        if (rise) rises.push({ skillId: skill.id, name: skill.name, ...rise })
      }
      rises.sort((a, b) => latest(b).localeCompare(latest(a)) || a.name.localeCompare(b.name))

      return {
        period,
        partnerId,
        today,
        months,
        totalSessions: months.reduce((n, m) => n + m.sessions, 0),
        totalMinutes: months.reduce((n, m) => n + m.minutes, 0),
        cadences: cadences(sessions, partners, partnerId, today),
        heatmap: {
          from: heatFrom,
          to: today,
          days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
        },
        skills: rises,
        goals: goalsAchieved(deps.goals.list(), partnerId === null ? null : sessionIds, periodStart),
        whileAgo: whileAgo(sessions, deps.skills.list(), nameOf, today),
      }
    },
  }
}

function cadences(
  sessions: Array<{ partnerId: string | null; date: string }>,
  partners: Array<{ id: string; name: string }>,
  partnerId: string | null,
  today: string,
): JourneyCadence[] {
  const datesOf = new Map<string, Set<string>>()
  for (const s of sessions) {
    if (s.partnerId === null) continue
    const dates = datesOf.get(s.partnerId) ?? new Set<string>()
    dates.add(s.date)
    datesOf.set(s.partnerId, dates)
  }
  return partners
    .filter((p) => (partnerId === null || p.id === partnerId) && datesOf.has(p.id))
    .map((p) => {
      const dates = [...(datesOf.get(p.id) ?? [])].sort()
      const cadence = cadenceOf(dates, today)
      const last = dates[dates.length - 1] ?? today
      // Counted as sessions: two on one day are two sessions, though one day for the rhythm.
      const count = sessions.filter((s) => s.partnerId === p.id).length
      return {
        partnerId: p.id,
        partnerName: p.name,
        sessions: count,
        ...cadence,
        lastSessionOn: last,
        sentence: cadenceSentence(p.name, count, cadence, last),
      }
    })
    .sort(
      (a, b) => b.lastSessionOn.localeCompare(a.lastSessionOn) || a.partnerName.localeCompare(b.partnerName),
    )
}

/**
 * The steps up a skill's level took in the period. No level history is stored apart: it follows from
 * the practice log (each entry's level after), starting from the level the skill was first logged at.
 */
function riseOf(history: LevelPoint[], from: string, to: string) {
  let before = history[0]?.level ?? 1
  const steps: Array<{ date: string; level: number }> = []
  let fromLevel: number | null = null
  for (const [i, point] of history.entries()) {
    if (i > 0 && point.date >= from && point.date <= to && point.level > before) {
      fromLevel ??= before
      steps.push({ date: point.date, level: point.level })
    }
    before = point.level
  }
  const last = steps[steps.length - 1]
  if (fromLevel === null || !last || last.level <= fromLevel) return null
  return { fromLevel, toLevel: last.level, steps }
}

/** The earlier of two YYYY-MM-DD dates (Math.min does not compare strings). */
const earlier = (a: string, b: string) => (a < b ? a : b)

const latest = (rise: JourneySkillRise) => rise.steps[rise.steps.length - 1]?.date ?? ''

/** Goals achieved now, on the local day they were marked so (as the goal's timeline shows it). */
function goalsAchieved(goals: Goal[], sessionIds: Set<string> | null, from: string): JourneyGoal[] {
  return goals
    .filter((g) => g.status === 'achieved')
    .filter((g) => sessionIds === null || g.sessionIds.some((id) => sessionIds.has(id)))
    .flatMap((g) => {
      const change = g.statusHistory.findLast((c) => c.status === 'achieved')
      const at = change?.at ?? g.closedAt
      if (!at) return []
      const achievedOn = localToday(new Date(at))
      return achievedOn >= from ? [{ goalId: g.id, title: g.title, achievedOn }] : []
    })
    .sort((a, b) => b.achievedOn.localeCompare(a.achievedOn) || a.title.localeCompare(b.title))
}
