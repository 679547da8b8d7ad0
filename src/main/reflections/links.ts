import type { Reflection } from '../../shared/domain/reflection'
import { type LinkTarget, type TrashLink, titleOf } from '../../shared/domain/trash'
import { withAddedId } from '../../shared/linked-ids'

const fieldFor = { session: 'sessionId', goal: 'goalIds', skill: 'skillIds' } as const

/** The links reflections hold to a record about to be deleted. */
export function reflectionLinksTo(all: readonly Reflection[], target: LinkTarget, id: string): TrashLink[] {
  if (target === 'partner') return []
  const field = fieldFor[target]
  return all
    .filter((r) => (field === 'sessionId' ? r.sessionId === id : r[field].includes(id)))
    .map((r) => ({
      holder: 'reflection',
      holderId: r.id,
      holderTitle: titleOf.reflection(r),
      field,
      target,
      targetId: id,
    }))
}

/** The reflection with the link put back, or null when there is nothing to change (or no room). */
export function relinkReflection(reflection: Reflection, link: TrashLink): Reflection | null {
  if (link.holder !== 'reflection' || link.holderId !== reflection.id) return null
  if (link.field === 'sessionId') {
    return reflection.sessionId === null ? { ...reflection, sessionId: link.targetId } : null
  }
  if (link.field === 'goalIds' || link.field === 'skillIds') {
    const ids = withAddedId(reflection[link.field], link.targetId)
    return ids && ids.length <= 50 ? { ...reflection, [link.field]: ids } : null
  }
  return null
}

export interface LinkChecks {
  session: (id: string) => boolean
  goal: (id: string) => boolean
  skill: (id: string) => boolean
}

/** A reflection from the trash without the links whose records are gone, and those links. */
export function withoutMissingLinks(
  reflection: Reflection,
  exists: LinkChecks,
): { reflection: Reflection; missing: TrashLink[] } {
  const missing: TrashLink[] = []
  const link = (field: TrashLink['field'], target: TrashLink['target'], targetId: string): TrashLink => ({
    holder: 'reflection',
    holderId: reflection.id,
    holderTitle: titleOf.reflection(reflection),
    field,
    target,
    targetId,
  })
  const keep = (ids: string[], field: 'goalIds' | 'skillIds', target: 'goal' | 'skill') =>
    ids.filter((id) => {
      if (exists[target](id)) return true
      missing.push(link(field, target, id))
      return false
    })
  let sessionId = reflection.sessionId
  if (sessionId !== null && !exists.session(sessionId)) {
    missing.push(link('sessionId', 'session', sessionId))
    sessionId = null
  }
  return {
    reflection: {
      ...reflection,
      sessionId,
      goalIds: keep(reflection.goalIds, 'goalIds', 'goal'),
      skillIds: keep(reflection.skillIds, 'skillIds', 'skill'),
    },
    missing,
  }
}
