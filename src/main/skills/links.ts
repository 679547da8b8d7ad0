import type { Skill } from '../../shared/domain/skill'
import { type LinkTarget, type TrashLink, titleOf } from '../../shared/domain/trash'
import { withAddedId } from '../../shared/linked-ids'

/** Which field of a skill names a record of each kind. */
const fieldFor = { session: 'sessionIds', goal: 'goalIds', partner: 'partnerId' } as const

/** The links skills hold to a record about to be deleted. */
export function skillLinksTo(skills: readonly Skill[], target: LinkTarget, id: string): TrashLink[] {
  if (target === 'skill') return []
  const field = fieldFor[target]
  return skills
    .filter((s) => (field === 'partnerId' ? s.partnerId === id : s[field].includes(id)))
    .map((s) => ({
      holder: 'skill',
      holderId: s.id,
      holderTitle: titleOf.skill(s),
      field,
      target,
      targetId: id,
    }))
}

/** The skill with the link put back, or null when there is nothing to change (or no room: a partner already set). */
export function relinkSkill(skill: Skill, link: TrashLink): Skill | null {
  if (link.holder !== 'skill' || link.holderId !== skill.id) return null
  if (link.field === 'partnerId')
    return skill.partnerId === null ? { ...skill, partnerId: link.targetId } : null
  if (link.field === 'sessionIds') {
    const sessionIds = withAddedId(skill.sessionIds, link.targetId)
    return sessionIds && { ...skill, sessionIds }
  }
  if (link.field === 'goalIds') {
    const goalIds = withAddedId(skill.goalIds, link.targetId)
    return goalIds && { ...skill, goalIds }
  }
  return null
}

export interface LinkChecks {
  partner: (id: string) => boolean
  session: (id: string) => boolean
  goal: (id: string) => boolean
}

/** A skill from the trash without the links whose records are gone, and those links. */
export function withoutMissingLinks(
  skill: Skill,
  exists: LinkChecks,
): { skill: Skill; missing: TrashLink[] } {
  const missing: TrashLink[] = []
  const link = (field: TrashLink['field'], target: TrashLink['target'], targetId: string): TrashLink => ({
    holder: 'skill',
    holderId: skill.id,
    holderTitle: titleOf.skill(skill),
    field,
    target,
    targetId,
  })
  const keep = (ids: string[], field: 'sessionIds' | 'goalIds', target: 'session' | 'goal') =>
    ids.filter((id) => {
      if (exists[target](id)) return true
      missing.push(link(field, target, id))
      return false
    })
  let partnerId = skill.partnerId
  if (partnerId !== null && !exists.partner(partnerId)) {
    missing.push(link('partnerId', 'partner', partnerId))
    partnerId = null
  }
  const sessionIds = keep(skill.sessionIds, 'sessionIds', 'session')
  const goalIds = keep(skill.goalIds, 'goalIds', 'goal')
  return { skill: { ...skill, partnerId, sessionIds, goalIds }, missing }
}

/** A restored skill whose name was taken meanwhile comes back as "<name> (restored)". */
export function freeName(skills: readonly Skill[], skill: Skill): string {
  const name = skill.name.toLocaleLowerCase()
  const taken = skills.some((s) => s.direction === skill.direction && s.name.toLocaleLowerCase() === name)
  return taken ? `${skill.name.slice(0, 109)} (restored)` : skill.name
}
