import { z } from 'zod'
import { Id, Timestamp } from './common'
import { CheckIn, Goal } from './goal'
import { Partner } from './partner'
import { StartedProgram } from './program'
import { Reflection } from './reflection'
import { Session } from './session'
import { PracticeEntry, Skill } from './skill'

/** How long a deleted item waits in the trash before it is gone for good. */
export const TRASH_DAYS = 30

/** What can be in the trash: whole records, and the small items the one-click × removes. */
export const TrashKind = z.enum([
  'session',
  'goal',
  'skill',
  'reflection',
  'program',
  'partner',
  'practice',
  'check-in',
])
export type TrashKind = z.infer<typeof TrashKind>

/** Records that hold links to others. */
export const LinkHolder = z.enum(['goal', 'skill', 'reflection', 'session', 'program'])
export type LinkHolder = z.infer<typeof LinkHolder>
/** Records other records link to. */
export const LinkTarget = z.enum(['session', 'goal', 'skill', 'partner'])
export type LinkTarget = z.infer<typeof LinkTarget>

/** The field of the holder that names the target (`milestone`: a goal's milestone made from an action item). */
export const LinkField = z.enum(['sessionIds', 'goalIds', 'skillIds', 'sessionId', 'partnerId', 'milestone'])
export type LinkField = z.infer<typeof LinkField>

/**
 * One link that a delete dropped, or that a restore could not put back yet: "the goal G (holder)
 * named the session S (target) in its sessionIds". It waits in the trash entry of whichever end is
 * in the trash, and is put back as soon as both ends are in the journal again.
 */
export const TrashLink = z.object({
  holder: LinkHolder,
  holderId: Id,
  /** The holder's title when the link was dropped, so the trash can name it in words. */
  holderTitle: z.string().max(300),
  field: LinkField,
  target: LinkTarget,
  targetId: Id,
  /** For `milestone`: which milestone, and the action item of the session it was made from. */
  milestone: z.object({ id: Id, itemId: Id }).optional(),
})
export type TrashLink = z.infer<typeof TrashLink>

/**
 * Where a trash entry is in its life. A delete writes `deleting` before it touches the record and
 * `deleted` once the record and every link to it are gone; a restore writes `restoring` before it puts
 * anything back and removes the entry once done. Opening the journal finishes whichever was cut short.
 */
export const TrashState = z.enum(['deleting', 'deleted', 'restoring'])
export type TrashState = z.infer<typeof TrashState>

const entryFields = {
  /** The id of what was deleted: Undo needs nothing but the id the screen already has. */
  id: Id,
  title: z.string().max(300),
  /** For a practice entry its skill, for a check-in its goal. */
  parentId: Id.nullable(),
  parentTitle: z.string().max(300).nullable(),
  deletedAt: Timestamp,
  state: TrashState,
  /** Links to this record the delete dropped (or a restore of the other end could not put back). */
  links: z.array(TrashLink),
}

export const SkillWithPractice = z.object({ skill: Skill, practice: z.array(PracticeEntry) })
export type SkillWithPractice = z.infer<typeof SkillWithPractice>
/** A check-in with its place in its goal's list, so it goes back where it was. */
export const PlacedCheckIn = z.object({ goalId: Id, index: z.number().int().min(0), checkIn: CheckIn })
export type PlacedCheckIn = z.infer<typeof PlacedCheckIn>

export const TrashEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), record: Session, ...entryFields }),
  z.object({ kind: z.literal('goal'), record: Goal, ...entryFields }),
  z.object({ kind: z.literal('skill'), record: SkillWithPractice, ...entryFields }),
  z.object({ kind: z.literal('reflection'), record: Reflection, ...entryFields }),
  z.object({ kind: z.literal('program'), record: StartedProgram, ...entryFields }),
  z.object({ kind: z.literal('partner'), record: Partner, ...entryFields }),
  z.object({ kind: z.literal('practice'), record: PracticeEntry, ...entryFields }),
  z.object({ kind: z.literal('check-in'), record: PlacedCheckIn, ...entryFields }),
])
export type TrashEntry = z.infer<typeof TrashEntry>
/** What a trash entry of kind K keeps. */
export type TrashRecord<K extends TrashKind> = Extract<TrashEntry, { kind: K }>['record']

/** A trash entry as the Trash screen lists it. */
export interface TrashItem {
  id: string
  kind: TrashKind
  title: string
  parentTitle: string | null
  deletedAt: string
  /** When it leaves the trash for good. */
  expiresAt: string
  /** The records that linked it when it was deleted (they get their link back on restore). */
  linkedFrom: Array<{ holder: LinkHolder; title: string }>
}

/** What a delete answers: the trash entry to restore for Undo, and anything it could not finish. */
export interface Deleted {
  trashId: string
  /** Empty when the delete and its whole cascade are done; otherwise what is left, in words. */
  warnings: string[]
}

/** What a restore answers. */
export interface Restored {
  id: string
  kind: TrashKind
  title: string
  /** One sentence for the notice: what came back. */
  message: string
  /** Links that could not come back (yet), each in words. */
  notes: string[]
}

/** The day an entry deleted at `deletedAt` leaves the trash. */
export function expiresAt(deletedAt: string): string {
  return new Date(new Date(deletedAt).getTime() + TRASH_DAYS * 24 * 60 * 60 * 1000).toISOString()
}

/** How a record is named in the trash and in its notes: its own title, or what it is and when. */
export const titleOf = {
  session: (s: Session) => s.title.trim() || `Session of ${s.date}`,
  goal: (g: Goal) => g.title,
  skill: (s: Skill) => s.name,
  reflection: (r: Reflection) => clip(r.prompt?.text ?? r.answer) || `Reflection of ${r.date}`,
  program: (p: StartedProgram) => p.name,
  partner: (p: Partner) => p.name,
  practice: (e: PracticeEntry) => clip(e.note) || `Practice on ${e.date}`,
  'check-in': (c: CheckIn) => clip(c.note) || `Check-in on ${c.date}`,
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat
}
