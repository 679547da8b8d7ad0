import { z } from 'zod'
import { Id, LocalDate, Markdown, ShortText, Timestamp } from './common'

/** Learned: the user picked it up from a partner. Taught: the user shared it with one. */
export const SkillDirection = z.enum(['learned', 'taught'])
export type SkillDirection = z.infer<typeof SkillDirection>

export const skillDirectionLabels: Record<SkillDirection, string> = {
  learned: 'Learned',
  taught: 'Taught',
}

/** The suggested categories; the user may type their own. */
export const presetCategories = [
  'Social media',
  'Collaboration and communication tools',
  'AI tools',
  'Data and spreadsheets',
  'Security and privacy',
  'Content creation',
  'Devices and apps',
] as const

export const SkillLevel = z
  .number({ message: 'Pick a level from 1 to 5.' })
  .int({ message: 'Pick a level from 1 to 5.' })
  .min(1, { message: 'Pick a level from 1 to 5.' })
  .max(5, { message: 'Pick a level from 1 to 5.' })
export type SkillLevel = z.infer<typeof SkillLevel>

export const levelLabels: Record<number, string> = {
  1: 'Aware of it',
  2: 'Can do it with help',
  3: 'Can do it alone',
  4: 'Fluent',
  5: 'Can teach it',
}

export const ReviewRating = z.enum(['again', 'hard', 'good', 'easy'])
export type ReviewRating = z.infer<typeof ReviewRating>

/** Where a skill stands in its spaced review schedule (see src/shared/review-schedule.ts). */
export const ReviewState = z.object({
  nextReview: LocalDate,
  intervalDays: z.number().int().min(0),
  ease: z.number().min(1).max(4),
  lapses: z.number().int().min(0),
  reviews: z.number().int().min(0),
  lastReviewed: LocalDate.nullable(),
})
export type ReviewState = z.infer<typeof ReviewState>

/** A skill as stored in skills.json: its practice log lives apart, in practice/YYYY-MM.json. */
export const Skill = z.object({
  id: Id,
  name: z.string().min(1).max(120),
  category: z.string().min(1).max(60),
  direction: SkillDirection,
  purpose: z.string(),
  /** The level when the skill was first logged; later levels come from practice entries. */
  initialLevel: SkillLevel,
  partnerId: Id.nullable(),
  firstMet: LocalDate.nullable(),
  evidence: z.string(),
  sessionIds: z.array(Id),
  goalIds: z.array(Id),
  review: ReviewState,
  /** "Keep out of exports" (absent on skills saved before the switch existed: not private). */
  private: z.boolean().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Skill = z.infer<typeof Skill>

export const PracticeEntry = z.object({
  id: Id,
  skillId: Id,
  date: LocalDate,
  note: z.string().max(2000),
  levelAfter: SkillLevel,
  createdAt: Timestamp,
})
export type PracticeEntry = z.infer<typeof PracticeEntry>

export const SkillDraft = z.object({
  name: ShortText('The name', 120).min(1, { message: 'Give the skill a name.' }),
  category: ShortText('The category', 60).min(1, { message: 'Pick or type a category.' }),
  direction: SkillDirection,
  purpose: Markdown('"What it is for"', 50_000),
  initialLevel: SkillLevel,
  partnerId: Id.nullable(),
  firstMet: LocalDate.nullable(),
  evidence: Markdown('The evidence', 50_000),
  sessionIds: z.array(Id).max(500, { message: 'At most 500 linked sessions.' }),
  goalIds: z.array(Id).max(200, { message: 'At most 200 linked goals.' }),
  private: z.boolean().optional(),
})
export type SkillDraft = z.infer<typeof SkillDraft>

export const SkillUpdate = SkillDraft.extend({ id: Id })
export type SkillUpdate = z.infer<typeof SkillUpdate>

export const PracticeDraft = z.object({
  skillId: Id,
  date: LocalDate,
  note: ShortText('"What I did"', 2000).min(1, { message: 'Say what you did.' }),
  levelAfter: SkillLevel,
  /** The session the practice came up in, linked to the skill as well. */
  sessionId: Id.nullable().default(null),
})
export type PracticeDraft = z.input<typeof PracticeDraft>

export const ReviewInput = z.object({
  skillId: Id,
  rating: ReviewRating,
  /** An optional practice entry logged with the review (which may change the level). */
  practice: z
    .object({
      note: ShortText('"What I did"', 2000).min(1, { message: 'Say what you did.' }),
      levelAfter: SkillLevel,
    })
    .nullable()
    .default(null),
})
export type ReviewInput = z.input<typeof ReviewInput>
export type ReviewRequest = z.output<typeof ReviewInput>

export type Trend = 'up' | 'down' | 'steady'

/** A skill with what follows from its practice log. */
export interface SkillView extends Skill {
  level: number
  trend: Trend
  lastPractice: string | null
  practiceCount: number
}

export interface LevelPoint {
  date: string
  level: number
}

export interface SkillDetail {
  skill: SkillView
  /** Newest first. */
  practice: PracticeEntry[]
  /** Oldest first, starting with the initial level. */
  history: LevelPoint[]
}

export interface SkillsSummary {
  /** Oldest month first: "YYYY-MM" with the skills learned and taught that month. */
  months: Array<{ month: string; learned: number; taught: number }>
  /** levels[direction][level-1]: how many skills stand at each level now. */
  levels: Record<SkillDirection, number[]>
  /** For each partner, the skills taught to them and learned from them. */
  partners: Array<{ partnerId: string; taught: string[]; learned: string[] }>
}
