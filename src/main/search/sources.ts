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
  reflectionDoc,
  type SearchDoc,
  sessionDoc,
  skillDoc,
  skillVersion,
} from './documents'

export interface SearchDeps {
  sessions: Pick<SessionsService, 'records'>
  reflections: Pick<ReflectionsService, 'records'>
  goals: Pick<GoalsService, 'list'>
  skills: Pick<SkillsService, 'list' | 'findWithPractice'>
  partners: Pick<PartnersService, 'list' | 'get'>
}

/**
 * How the index reads one kind of record from its feature. `version` is cheap (no document built),
 * so a refresh compares every record and builds documents only for the ones that changed.
 */
export interface Source<T = unknown> {
  kind: SearchKind
  items(): T[]
  id(item: T): string
  version(item: T): string
  /** The stored object: services save a new one on every change, a second sign besides `version`. */
  identity(item: T): object
  doc(item: T): SearchDoc
}

const source = <T>(s: Source<T>): Source => s as unknown as Source

export function sourcesOf(deps: SearchDeps): Source[] {
  const partnerName = (id: string | null) => (id === null ? undefined : deps.partners.get(id)?.name)
  return [
    source({
      kind: 'session',
      items: () => deps.sessions.records(),
      id: (s) => s.id,
      version: (s) => `${s.updatedAt}|${partnerName(s.partnerId) ?? ''}`,
      identity: (s) => s,
      doc: (s) => sessionDoc(s, partnerName(s.partnerId)),
    }),
    source({
      kind: 'reflection',
      items: () => deps.reflections.records(),
      id: (r) => r.id,
      version: (r) => r.updatedAt,
      identity: (r) => r,
      doc: reflectionDoc,
    }),
    source({
      kind: 'goal',
      items: () => deps.goals.list(),
      id: (g) => g.id,
      version: (g) => g.updatedAt,
      identity: (g) => g,
      doc: goalDoc,
    }),
    source<SkillWithPractice>({
      kind: 'skill',
      items: () => deps.skills.list().flatMap((s) => deps.skills.findWithPractice(s.id) ?? []),
      id: (s) => s.skill.id,
      version: (s) => skillVersion(s.skill.updatedAt, s.practice),
      identity: (s) => s.skill,
      doc: skillDoc,
    }),
    source({
      kind: 'partner',
      items: () => deps.partners.list(),
      id: (p) => p.id,
      version: (p) => p.updatedAt,
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
