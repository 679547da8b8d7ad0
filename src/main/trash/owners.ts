import {
  type LinkHolder,
  type LinkTarget,
  type TrashEntry,
  type TrashKind,
  type TrashLink,
  type TrashRecord,
  titleOf,
} from '../../shared/domain/trash'
import { TandemError } from '../../shared/errors'
import type { GoalsService } from '../goals/service'
import type { PartnersService } from '../partners/service'
import type { ProgramsService } from '../programs/service'
import type { ReflectionsService } from '../reflections/service'
import type { SessionsService } from '../sessions/service'
import type { SkillsService } from '../skills/service'

export interface TrashDeps {
  sessions: Pick<SessionsService, 'find' | 'remove' | 'restore' | 'linksTo'>
  goals: Pick<
    GoalsService,
    'find' | 'remove' | 'restore' | 'linksTo' | 'findCheckIn' | 'removeCheckIn' | 'restoreCheckIn'
  >
  skills: Pick<
    SkillsService,
    | 'find'
    | 'findWithPractice'
    | 'remove'
    | 'restore'
    | 'linksTo'
    | 'findPractice'
    | 'removePractice'
    | 'restorePractice'
  >
  reflections: Pick<ReflectionsService, 'find' | 'remove' | 'restore' | 'linksTo'>
  programs: Pick<ProgramsService, 'find' | 'remove' | 'restore' | 'linksTo'>
  partners: Pick<PartnersService, 'get' | 'remove' | 'restore'>
}

/** What the trash keeps of a record that is about to go. */
export interface Taken<K extends TrashKind> {
  record: TrashRecord<K>
  title: string
  parentId: string | null
  parentTitle: string | null
}

/** How the trash takes a record of one kind out of the journal and puts it back, through its feature. */
export interface Owner<K extends TrashKind> {
  /** The record as the trash keeps it, or undefined when it is not in the journal. */
  take(id: string): Taken<K> | undefined
  /** Removes it (when still there) and runs its cascade. */
  remove(record: TrashRecord<K>): Promise<void>
  /** Puts it back (when not there); answers the links it holds that cannot come back now. */
  restore(record: TrashRecord<K>): Promise<TrashLink[]>
  /** How other records link to it, when they do. */
  target: LinkTarget | null
}

export type Owners = { [K in TrashKind]: Owner<K> }

/** In words, for messages: "This session ...". */
export const noun: Record<TrashKind | LinkHolder | LinkTarget, string> = {
  session: 'session',
  goal: 'goal',
  skill: 'skill',
  reflection: 'reflection',
  program: 'program',
  partner: 'partner',
  practice: 'practice entry',
  'check-in': 'check-in',
}

const whole = <K extends TrashKind>(record: TrashRecord<K>, title: string): Taken<K> => ({
  record,
  title,
  parentId: null,
  parentTitle: null,
})

export function owners(deps: TrashDeps): Owners {
  const { sessions, goals, skills, reflections, programs, partners } = deps
  return {
    session: {
      take: (id) => {
        const s = sessions.find(id)
        return s && whole<'session'>(s, titleOf.session(s))
      },
      remove: (s) => sessions.remove(s.id),
      restore: (s) => sessions.restore(s),
      target: 'session',
    },
    goal: {
      take: (id) => {
        const g = goals.find(id)
        return g && whole<'goal'>(g, titleOf.goal(g))
      },
      remove: (g) => goals.remove(g.id),
      restore: (g) => goals.restore(g),
      target: 'goal',
    },
    skill: {
      take: (id) => {
        const found = skills.findWithPractice(id)
        return found && whole<'skill'>(found, titleOf.skill(found.skill))
      },
      remove: ({ skill }) => skills.remove(skill.id),
      restore: (record) => skills.restore(record),
      target: 'skill',
    },
    reflection: {
      take: (id) => {
        const r = reflections.find(id)
        return r && whole<'reflection'>(r, titleOf.reflection(r))
      },
      remove: (r) => reflections.remove(r.id),
      restore: (r) => reflections.restore(r),
      target: null,
    },
    program: {
      take: (id) => {
        const p = programs.find(id)
        return p && whole<'program'>(p, titleOf.program(p))
      },
      remove: (p) => programs.remove(p.id),
      restore: (p) => programs.restore(p),
      target: null,
    },
    partner: {
      take: (id) => {
        const p = partners.get(id)
        return p && whole<'partner'>(p, titleOf.partner(p))
      },
      remove: (p) => partners.remove(p.id),
      restore: (p) => partners.restore(p),
      target: 'partner',
    },
    practice: {
      take: (id) => {
        const entry = skills.findPractice(id)
        if (!entry) return undefined
        const skill = skills.find(entry.skillId)
        return {
          record: entry,
          title: titleOf.practice(entry),
          parentId: entry.skillId,
          parentTitle: skill ? titleOf.skill(skill) : null,
        }
      },
      remove: (entry) => skills.removePractice(entry.id),
      async restore(entry) {
        await skills.restorePractice(entry)
        return []
      },
      target: null,
    },
    'check-in': {
      take: (id) => {
        const placed = goals.findCheckIn(id)
        if (!placed) return undefined
        const goal = goals.find(placed.goalId)
        return {
          record: placed,
          title: titleOf['check-in'](placed.checkIn),
          parentId: placed.goalId,
          parentTitle: goal ? titleOf.goal(goal) : null,
        }
      },
      async remove(placed) {
        await goals.removeCheckIn(placed.goalId, placed.checkIn.id)
      },
      async restore(placed) {
        await goals.restoreCheckIn(placed)
        return []
      },
      target: null,
    },
  }
}

/**
 * The owner of an entry's kind, with the entry's record. TypeScript cannot follow that `entry.kind`
 * and `entry.record` belong together through a union, so this one place says it.
 */
export function ownerOf(
  all: Owners,
  entry: TrashEntry,
): { owner: Owner<TrashKind>; record: TrashEntry['record'] } {
  return { owner: all[entry.kind] as unknown as Owner<TrashKind>, record: entry.record }
}

/** Whether a record a link names is in the journal now. */
export function presence(deps: TrashDeps): Record<LinkHolder | LinkTarget, (id: string) => boolean> {
  return {
    session: (id) => deps.sessions.find(id) !== undefined,
    goal: (id) => deps.goals.find(id) !== undefined,
    skill: (id) => deps.skills.find(id) !== undefined,
    reflection: (id) => deps.reflections.find(id) !== undefined,
    program: (id) => deps.programs.find(id) !== undefined,
    partner: (id) => deps.partners.get(id) !== undefined,
  }
}

/** Every link the journal's records hold to the record about to be deleted. */
export function linksTo(deps: TrashDeps, target: LinkTarget, id: string): TrashLink[] {
  return [deps.goals, deps.skills, deps.reflections, deps.sessions, deps.programs].flatMap((holder) =>
    holder.linksTo(target, id),
  )
}

/** A practice entry or check-in cannot come back without its skill or goal. */
export function parentMissing(
  entry: TrashEntry,
  present: Record<LinkHolder | LinkTarget, (id: string) => boolean>,
): TandemError | null {
  if (entry.kind !== 'practice' && entry.kind !== 'check-in') return null
  const parent = entry.kind === 'practice' ? 'skill' : 'goal'
  const parentId = entry.kind === 'practice' ? entry.record.skillId : entry.record.goalId
  if (present[parent](parentId)) return null
  const named = entry.parentTitle ? ` “${entry.parentTitle}”` : ''
  return new TandemError(
    'conflict',
    `This ${noun[entry.kind]} belongs to the ${parent}${named}, which is not in your journal. Restore the ${parent} first; nothing was changed.`,
  )
}
