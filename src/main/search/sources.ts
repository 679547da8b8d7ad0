import type { SearchKind } from '../../shared/domain/search'
import type { SkillWithPractice } from '../../shared/domain/trash'
import type { GoalsService } from '../goals/service'
import type { PartnersService } from '../partners/service'
import type { ReflectionsService } from '../reflections/service'
import type { SessionsService } from '../sessions/service'
import type { SkillsService } from '../skills/service'
import {
  goalDoc,
  partnerDoc,
  practiceIds,
  reflectionDoc,
  type SearchDoc,
  sessionDoc,
  skillDoc,
} from './documents'

export interface SearchDeps {
  sessions: Pick<SessionsService, 'records'>
  reflections: Pick<ReflectionsService, 'records'>
  goals: Pick<GoalsService, 'list'>
  skills: Pick<SkillsService, 'list' | 'findWithPractice'>
  partners: Pick<PartnersService, 'list'>
}

/**
 * How the index reads one kind of record from its feature. A refresh compares every record of a
 * written kind with what was indexed, so these are property reads, no document built and no string
 * made: a save must not cost in proportion to the journal. A record counts as changed when any of
 * the three differs.
 */
export interface Source<T = unknown> {
  kind: SearchKind
  items(): T[]
  id(item: T): string
  /** When the record last changed (its updatedAt). */
  stamp(item: T): string
  /** What is indexed with the record but changes apart from it: a session's partner name, a skill's practice. */
  extra(item: T): string
  /**
   * The stored object. Services save a new object on every change, so this catches two saves within
   * one millisecond; a merge that changes an object in place changes its stamp instead.
   */
  identity(item: T): object
  doc(item: T): SearchDoc
  /** Called before each build or refresh reads the items (drops what a source caches for one pass). */
  begin?(): void
}

const source = <T>(s: Source<T>): Source => s as unknown as Source

export function sourcesOf(deps: SearchDeps): Source[] {
  // Partner names for one pass over the sessions: a refresh reads one per session.
  let names: Map<string, string> | null = null
  const partnerName = (id: string | null): string | undefined => {
    if (id === null) return undefined
    names ??= new Map(deps.partners.list().map((p) => [p.id, p.name]))
    return names.get(id)
  }
  return [
    source({
      kind: 'session',
      items: () => deps.sessions.records(),
      id: (s) => s.id,
      stamp: (s) => s.updatedAt,
      extra: (s) => partnerName(s.partnerId) ?? '',
      identity: (s) => s,
      doc: (s) => sessionDoc(s, partnerName(s.partnerId)),
      begin: () => {
        names = null
      },
    }),
    source({
      kind: 'reflection',
      items: () => deps.reflections.records(),
      id: (r) => r.id,
      stamp: (r) => r.updatedAt,
      extra: () => '',
      identity: (r) => r,
      doc: reflectionDoc,
    }),
    source({
      kind: 'goal',
      items: () => deps.goals.list(),
      id: (g) => g.id,
      stamp: (g) => g.updatedAt,
      extra: () => '',
      identity: (g) => g,
      doc: goalDoc,
    }),
    source<SkillWithPractice>({
      kind: 'skill',
      items: () => deps.skills.list().flatMap((s) => deps.skills.findWithPractice(s.id) ?? []),
      id: (s) => s.skill.id,
      stamp: (s) => s.skill.updatedAt,
      extra: (s) => practiceIds(s.practice),
      identity: (s) => s.skill,
      doc: skillDoc,
    }),
    source({
      kind: 'partner',
      items: () => deps.partners.list(),
      id: (p) => p.id,
      stamp: (p) => p.updatedAt,
      extra: () => '',
      identity: (p) => p,
      doc: partnerDoc,
    }),
  ]
}

/** Which kinds a written journal file holds; a partner's name is indexed with their sessions too. */
export function kindsWritten(relPath: string): SearchKind[] {
  if (relPath.startsWith('sessions/')) return ['session']
  if (relPath.startsWith('reflections/')) return ['reflection']
  if (relPath === 'goals.json') return ['goal']
  if (relPath === 'skills.json' || relPath.startsWith('practice/')) return ['skill']
  if (relPath === 'partners.json') return ['partner', 'session']
  return []
}
