import { localToday } from '../../shared/domain/common'
import type { Goal } from '../../shared/domain/goal'
import type { Partner } from '../../shared/domain/partner'
import {
  type FlowLine,
  PARTNER_PAGE_ITEMS,
  PARTNER_PAGE_LINES,
  PARTNER_PAGE_SESSIONS,
  type PartnerPage,
} from '../../shared/domain/partner-page'
import type { Session } from '../../shared/domain/session'
import type { Skill } from '../../shared/domain/skill'
import { isDue } from '../../shared/review-schedule'
import { captureLines } from '../../shared/skill-capture'
import { compareNewestFirst, summarize } from '../sessions/service'

export interface PartnerPageInput {
  partner: Partner
  /** Every session in the journal, in any order (only this partner's are read). */
  sessions: readonly Session[]
  goals: readonly Goal[]
  skills: readonly Skill[]
  now: Date
}

/** "2026-01" .. "2026-03" -> every month between, both ends included. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = []
  let [y, m] = first.split('-').map(Number) as [number, number]
  const [ly, lm] = last.split('-').map(Number) as [number, number]
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m += 1
    if (m === 13) {
      m = 1
      y += 1
    }
  }
  return out
}

/** The lines of one side of the sessions, newest session first, split as "capture as skills" splits them. */
function flow(sessions: readonly Session[], side: 'learned' | 'shared'): PartnerPage['learned'] {
  let count = 0
  const lines: FlowLine[] = []
  for (const s of sessions) {
    const found = captureLines(s[side])
    count += found.length
    for (const text of found) {
      if (lines.length < PARTNER_PAGE_LINES) lines.push({ text, sessionId: s.id, sessionDate: s.date })
    }
  }
  return { count, lines }
}

/** One pass over the partner's sessions; the answer's size does not grow with the journal. */
export function partnerPage(input: PartnerPageInput): PartnerPage {
  const { partner } = input
  const mine = input.sessions.filter((s) => s.partnerId === partner.id).sort(compareNewestFirst)
  const ids = new Set(mine.map((s) => s.id))
  const perMonth = new Map<string, number>()
  for (const s of mine) perMonth.set(s.date.slice(0, 7), (perMonth.get(s.date.slice(0, 7)) ?? 0) + 1)
  const first = mine.at(-1)?.date ?? null
  const last = mine[0]?.date ?? null
  const months =
    first && last
      ? monthsBetween(first.slice(0, 7), last.slice(0, 7)).map((month) => ({
          month,
          sessions: perMonth.get(month) ?? 0,
        }))
      : []
  const today = localToday(input.now)
  const goals = input.goals
    .map((g) => ({ goal: g, sessions: g.sessionIds.filter((id) => ids.has(id)).length }))
    .filter((g) => g.sessions > 0)
    .sort((a, b) => b.sessions - a.sessions || a.goal.title.localeCompare(b.goal.title))
    .map(({ goal, sessions }) => ({ id: goal.id, title: goal.title, status: goal.status, sessions }))
  const skills = input.skills
    .filter((s) => s.partnerId === partner.id || s.sessionIds.some((id) => ids.has(id)))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({ id: s.id, name: s.name, direction: s.direction, dueForPractice: isDue(s.review, today) }))
  const openActionItems = mine.flatMap((s) =>
    s.actionItems
      .filter((item) => !item.done)
      .map((item) => ({
        sessionId: s.id,
        sessionDate: s.date,
        itemId: item.id,
        text: item.text,
        due: item.due,
      })),
  )
  return {
    partner,
    sessionCount: mine.length,
    firstSessionOn: first,
    lastSessionOn: last,
    months,
    recentSessions: mine.slice(0, PARTNER_PAGE_SESSIONS).map(summarize),
    learned: flow(mine, 'learned'),
    shared: flow(mine, 'shared'),
    goals,
    skills,
    openActionItems: openActionItems.slice(0, PARTNER_PAGE_ITEMS),
    openActionItemCount: openActionItems.length,
  }
}
