import { z } from 'zod'
import { Id, LocalDate, ShortText, Timestamp } from './common'
import { PromptId } from './prompt'

const TemplateId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'This program id is not valid.' })

export const ProgramWeekTemplate = z.object({
  week: z.number().int().min(1),
  theme: z.string().trim().min(1).max(200),
  agenda: z.array(z.string().trim().min(1).max(500)).max(20),
  promptsBefore: z.array(PromptId).max(10),
  promptsAfter: z.array(PromptId).max(10),
  suggestedGoals: z.array(z.string().trim().min(1).max(200)).max(10),
})
export type ProgramWeekTemplate = z.infer<typeof ProgramWeekTemplate>

/** A program template as shipped in resources/programs/*.json. Weeks are numbered 1, 2, 3… in order. */
export const ProgramTemplate = z.object({
  schemaVersion: z.literal(1),
  id: TemplateId,
  name: z.string().trim().min(1).max(120),
  summary: z.string().trim().min(1).max(1000),
  weeks: z
    .array(ProgramWeekTemplate)
    .min(1)
    .max(52)
    .refine((weeks) => weeks.every((w, i) => w.week === i + 1), {
      message: 'weeks must be numbered 1, 2, 3… in order',
    }),
})
export type ProgramTemplate = z.infer<typeof ProgramTemplate>

/** One week of a started program: a copy of the template's week plus the user's edits. */
export const ProgramWeek = ProgramWeekTemplate.extend({
  skipped: z.boolean(),
  /** Marked done by hand (a week is also done when a session was logged in it). */
  markedDone: z.boolean(),
})
export type ProgramWeek = z.infer<typeof ProgramWeek>

/** A program the user started. It copies what it needs, so the template can change or vanish. */
export const StartedProgram = z.object({
  id: Id,
  templateId: TemplateId,
  name: z.string().max(120),
  summary: z.string().max(1000),
  partnerId: Id.nullable(),
  startDate: LocalDate,
  weeks: z.array(ProgramWeek).min(1).max(52),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type StartedProgram = z.infer<typeof StartedProgram>

export const StartProgram = z.object({
  templateId: TemplateId,
  partnerId: Id.nullable(),
  startDate: LocalDate,
})
export type StartProgram = z.infer<typeof StartProgram>

const WeekRef = { programId: Id, week: z.number().int().min(1).max(52) }

export const EditProgramWeek = z.object({
  ...WeekRef,
  theme: ShortText('The theme', 200).min(1, { message: 'Give the week a theme.' }),
  agenda: z
    .array(ShortText('An agenda item', 500).min(1, { message: 'An agenda item cannot be empty.' }))
    .max(20, { message: 'At most 20 agenda items a week.' }),
})
export type EditProgramWeek = z.infer<typeof EditProgramWeek>

export const SetProgramWeekFlag = z.object({ ...WeekRef, value: z.boolean() })
export type SetProgramWeekFlag = z.infer<typeof SetProgramWeekFlag>

export type WeekStatus = 'done' | 'skipped' | 'current' | 'missed' | 'upcoming'

export interface ProgramWeekView extends ProgramWeek {
  start: string
  end: string
  status: WeekStatus
  /** Sessions logged in this week with the program's partner (or with no partner). */
  sessionIds: string[]
}

export interface ProgramView {
  id: string
  templateId: string
  name: string
  summary: string
  partnerId: string | null
  startDate: string
  endDate: string
  /** The week today falls in; null before the start or after the end. */
  currentWeek: number | null
  finished: boolean
  weeks: ProgramWeekView[]
  progress: { done: number; skipped: number; total: number }
}

export interface ProgramTemplateSummary {
  id: string
  name: string
  summary: string
  weeks: number
}
