import type { LinkHolder, TrashKind } from '../../../../shared/domain/trash'

export const kindLabels: Record<TrashKind, string> = {
  session: 'Session',
  goal: 'Goal',
  skill: 'Skill',
  reflection: 'Reflection',
  program: 'Program',
  partner: 'Partner',
  practice: 'Practice entry',
  'check-in': 'Check-in',
}

const holderLabels: Record<LinkHolder, string> = {
  goal: 'goal',
  skill: 'skill',
  reflection: 'reflection',
  session: 'session',
  program: 'program',
}

/** "Linked from the goal “Run retros”, the skill “Miro”". */
export function linkedFromText(linkedFrom: ReadonlyArray<{ holder: LinkHolder; title: string }>): string {
  return `Linked from ${linkedFrom.map((l) => `the ${holderLabels[l.holder]} “${l.title}”`).join(', ')}`
}
