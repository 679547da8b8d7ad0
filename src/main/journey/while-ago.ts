import type { WhileAgo, WhileAgoKey, WhileAgoLine } from '../../shared/domain/journey'
import type { Session } from '../../shared/domain/session'
import { sessionTitle } from '../../shared/domain/session'
import type { SkillView } from '../../shared/domain/skill'
import { captureLines, skillNameOf } from '../../shared/skill-capture'
import { addMonths, daysBetween } from './dates'

/** How far back each pick looks, and how far from that day a session may be. */
const LOOKS: Array<{ key: WhileAgoKey; months: number; windowDays: number }> = [
  { key: 'month', months: 1, windowDays: 14 },
  { key: 'six-months', months: 6, windowDays: 31 },
  { key: 'year', months: 12, windowDays: 31 },
]

/**
 * "A while ago": the session with something under "What I learned" nearest to a month, six months
 * and a year before today, each within its window (nearer wins; on a tie, the later session).
 */
export function whileAgo(
  sessions: Session[],
  skills: SkillView[],
  partnerName: (id: string | null) => string | null,
  today: string,
): WhileAgo[] {
  const withLines = sessions
    .map((session) => ({ session, lines: captureLines(session.learned) }))
    .filter((s) => s.lines.length > 0)
  return LOOKS.flatMap(({ key, months, windowDays }) => {
    const target = addMonths(today, -months)
    let best: (typeof withLines)[number] | undefined
    let bestDistance = Number.POSITIVE_INFINITY
    for (const candidate of withLines) {
      const distance = Math.abs(daysBetween(candidate.session.date, target))
      if (distance > windowDays) continue
      const later = best !== undefined && candidate.session.date > best.session.date
      if (distance < bestDistance || (distance === bestDistance && later)) {
        best = candidate
        bestDistance = distance
      }
    }
    if (!best) return []
    const { session, lines } = best
    return [
      {
        key,
        target,
        sessionId: session.id,
        sessionDate: session.date,
        sessionTitle: sessionTitle(session),
        partnerId: session.partnerId,
        partnerName: partnerName(session.partnerId),
        lines: lines.map((line) => lineOf(line, session, skills)),
      },
    ]
  })
}

/** The skill a line is about: one of that name, else one linked to the session whose name is in the line. */
function lineOf(line: string, session: Session, skills: SkillView[]): WhileAgoLine {
  const name = skillNameOf(line).toLocaleLowerCase()
  const text = line.toLocaleLowerCase()
  const skill =
    skills.find((s) => s.name.toLocaleLowerCase() === name) ??
    skills.find((s) => s.sessionIds.includes(session.id) && text.includes(s.name.toLocaleLowerCase()))
  return { text: line, skillId: skill?.id ?? null, skillName: skill?.name ?? null }
}
