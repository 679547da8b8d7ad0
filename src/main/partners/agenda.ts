import { localToday } from '../../shared/domain/common'
import type { Partner } from '../../shared/domain/partner'
import { AGENDA_ITEMS_PER_KIND, type AgendaItem, type PartnerAgenda } from '../../shared/domain/partner-page'
import type { Session } from '../../shared/domain/session'
import type { Skill } from '../../shared/domain/skill'
import { isDue } from '../../shared/review-schedule'
import { captureLines } from '../../shared/skill-capture'
import { compareNewestFirst } from '../sessions/service'

export interface AgendaInput {
  partner: Partner
  sessions: readonly Session[]
  skills: readonly Skill[]
  /** The before-session prompt of the day, or null when there is none to offer. */
  prompt: { id: string; text: string } | null
  now: Date
}

const headings: Record<AgendaItem['kind'], string> = {
  'action-item': 'Open action items',
  practice: 'Skills they taught me, due for practice',
  learned: 'What I learned last time',
  prompt: 'Before we start',
}

/** The agenda as plain text: a heading per kind that has items, a dash per item. */
export function agendaText(partner: Partner, plannedOn: string | null, items: readonly AgendaItem[]): string {
  const title = `Next session with ${partner.name}${plannedOn ? ` (${plannedOn})` : ''}`
  const parts = [`## ${title}`]
  for (const kind of Object.keys(headings) as AgendaItem['kind'][]) {
    const mine = items.filter((i) => i.kind === kind)
    if (mine.length === 0) continue
    parts.push(`### ${headings[kind]}\n${mine.map((i) => `- ${i.text}`).join('\n')}`)
  }
  if (items.length === 0)
    parts.push('Nothing is open with them yet: start from what you both want to talk about.')
  return `${parts.join('\n\n')}\n`
}

/** Open action items with the partner, skills they taught that are due, last session's learned lines, a prompt. */
export function partnerAgenda(input: AgendaInput): PartnerAgenda {
  const { partner } = input
  const mine = input.sessions.filter((s) => s.partnerId === partner.id).sort(compareNewestFirst)
  const today = localToday(input.now)
  const items: AgendaItem[] = [
    ...mine.flatMap((s) =>
      s.actionItems
        .filter((a) => !a.done)
        .map((a) => ({ kind: 'action-item' as const, text: a.text, sourceId: s.id })),
    ),
    ...input.skills
      .filter((s) => s.partnerId === partner.id && s.direction === 'learned' && isDue(s.review, today))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => ({ kind: 'practice' as const, text: s.name, sourceId: s.id })),
    ...(mine[0] ? captureLines(mine[0].learned) : []).map((text) => ({
      kind: 'learned' as const,
      text,
      sourceId: mine[0]?.id ?? '',
    })),
    ...(input.prompt
      ? [{ kind: 'prompt' as const, text: input.prompt.text, sourceId: input.prompt.id }]
      : []),
  ]
  // The same open item in two sessions (carried over) is one point to talk about.
  const seen = new Set<string>()
  const perKind = new Map<AgendaItem['kind'], number>()
  const unique = items.filter((i) => {
    const key = `${i.kind}:${i.text.toLocaleLowerCase()}`
    const count = perKind.get(i.kind) ?? 0
    if (seen.has(key) || count >= AGENDA_ITEMS_PER_KIND) return false
    seen.add(key)
    perKind.set(i.kind, count + 1)
    return true
  })
  return {
    partnerId: partner.id,
    plannedOn: partner.nextSessionOn,
    items: unique,
    text: agendaText(partner, partner.nextSessionOn, unique),
  }
}
