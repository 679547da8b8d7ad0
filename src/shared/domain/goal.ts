import { z } from 'zod'
import { Id, LocalDate, Markdown, ShortText, Timestamp } from './common'

export const goalCategoryPresets = [
  'Digital fluency',
  'Communication',
  'Leadership',
  'Career',
  'Wellbeing',
] as const

/** Whose goal it is: something I am learning, or something I am helping my partner with. */
export const GoalDirection = z.enum(['learning', 'helping'])
export type GoalDirection = z.infer<typeof GoalDirection>
export const goalDirectionLabels: Record<GoalDirection, string> = {
  learning: 'Something I am learning',
  helping: 'Something I am helping my partner with',
}

export const GoalStatus = z.enum(['active', 'paused', 'achieved', 'dropped'])
export type GoalStatus = z.infer<typeof GoalStatus>
export const goalStatusLabels: Record<GoalStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
  dropped: 'Dropped',
}

export const ProgressMode = z.enum(['milestones', 'manual'])
export type ProgressMode = z.infer<typeof ProgressMode>

const Percent = z
  .number({ message: 'Progress must be a number from 0 to 100.' })
  .int({ message: 'Progress must be a whole number from 0 to 100.' })
  .min(0, { message: 'Progress cannot be below 0.' })
  .max(100, { message: 'Progress cannot be above 100.' })

export const Milestone = z.object({
  id: Id,
  text: z.string().min(1).max(300),
  due: LocalDate.nullable(),
  done: z.boolean(),
  doneAt: Timestamp.nullable(),
  /** The session action item it was made from, if any. */
  fromActionItem: z.object({ sessionId: Id, itemId: Id }).nullable(),
})
export type Milestone = z.infer<typeof Milestone>

export const CheckIn = z.object({
  id: Id,
  date: LocalDate,
  note: z.string().max(5000),
  /** The goal's progress when the check-in was written, so the history reads back. */
  progress: Percent,
  createdAt: Timestamp,
})
export type CheckIn = z.infer<typeof CheckIn>

export const StatusChange = z.object({
  status: GoalStatus,
  at: Timestamp,
  reflection: z.string().max(2000),
})
export type StatusChange = z.infer<typeof StatusChange>

export const Goal = z.object({
  id: Id,
  title: z.string().min(1).max(200),
  why: z.string(),
  category: z.string().min(1).max(60),
  direction: GoalDirection,
  outcome: z.string().max(2000),
  measure: z.string().max(2000),
  startDate: LocalDate,
  targetDate: LocalDate.nullable(),
  status: GoalStatus,
  /** When achieved or dropped: when, and the closing reflection. Null while the goal is open. */
  closedAt: Timestamp.nullable(),
  closingReflection: z.string().max(2000),
  statusHistory: z.array(StatusChange),
  milestones: z.array(Milestone).max(100),
  progressMode: ProgressMode,
  manualProgress: Percent.nullable(),
  manualReason: z.string().max(500),
  checkIns: z.array(CheckIn),
  /** Sessions that worked on this goal. Links live here; sessions know nothing of goals. */
  sessionIds: z.array(Id),
  /** "Keep out of exports" (absent on goals saved before the switch existed: not private). */
  private: z.boolean().optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Goal = z.infer<typeof Goal>

export const MilestoneInput = z.object({
  id: Id.optional(),
  text: ShortText('A milestone', 300).min(1, { message: 'A milestone needs some text.' }),
  due: LocalDate.nullable(),
  done: z.boolean(),
})
export type MilestoneInput = z.infer<typeof MilestoneInput>

const goalFields = z.object({
  title: ShortText('The title', 200).min(1, { message: 'Give your goal a title.' }),
  why: Markdown('"Why it matters"', 50_000),
  category: ShortText('The category', 60).min(1, { message: 'Pick or type a category.' }),
  direction: GoalDirection,
  outcome: ShortText('The outcome', 2000),
  measure: ShortText('"How I will know"', 2000),
  startDate: LocalDate,
  targetDate: LocalDate.nullable(),
  milestones: z.array(MilestoneInput).max(100, { message: 'At most 100 milestones per goal.' }),
  progressMode: ProgressMode,
  manualProgress: Percent.nullable(),
  manualReason: ShortText('The reason', 500),
  private: z.boolean().optional(),
})

/** Rules across fields; each message lands at the field it is about. */
function checkGoal(draft: z.infer<typeof goalFields>, ctx: z.RefinementCtx): void {
  if (draft.targetDate !== null && draft.targetDate < draft.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetDate'],
      message: 'The target date cannot be before the start date.',
    })
  }
  if (draft.progressMode === 'manual') {
    if (draft.manualProgress === null)
      ctx.addIssue({ code: 'custom', path: ['manualProgress'], message: 'Set the progress from 0 to 100.' })
    if (draft.manualReason.trim() === '')
      ctx.addIssue({
        code: 'custom',
        path: ['manualReason'],
        message: 'Say why you set the progress by hand.',
      })
  }
}

/** What the goal editor sends to create or save a goal. Status changes go through their own channel. */
export const GoalDraft = goalFields.superRefine(checkGoal)
export type GoalDraft = z.infer<typeof GoalDraft>

export const GoalUpdate = goalFields.extend({ id: Id }).superRefine(checkGoal)
export type GoalUpdate = z.infer<typeof GoalUpdate>

export const CheckInDraft = z.object({
  goalId: Id,
  date: LocalDate,
  note: ShortText('The check-in', 5000).min(1, { message: 'Write a few words for the check-in.' }),
  /**
   * The progress as it was on that date, as the user entered it. Left out: today's progress for a
   * check-in of today or later, the progress on that date (milestones done by then) for an earlier one.
   */
  progress: Percent.optional(),
})
export type CheckInDraft = z.infer<typeof CheckInDraft>

export const StatusChangeInput = z.object({
  id: Id,
  status: GoalStatus,
  reflection: ShortText('The reflection', 2000),
})
export type StatusChangeInput = z.infer<typeof StatusChangeInput>

/** A goal as other screens mention it (a session's badge, a picker). */
export interface GoalRef {
  id: string
  title: string
  status: GoalStatus
}

export interface OverdueMilestone {
  goalId: string
  goalTitle: string
  milestone: Milestone
}

export interface GoalsDue {
  /** Open goals whose target date is within the window, or already passed. */
  goals: { goal: GoalRef; targetDate: string; overdue: boolean }[]
  overdueMilestones: OverdueMilestone[]
}
