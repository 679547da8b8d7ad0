import { z } from 'zod'
import { Id, LocalDate, Markdown, Timestamp } from './common'
import { PromptId, PromptMoment, PromptTheme } from './prompt'

/** The prompt as it read when answered: later edits to the prompt never rewrite this. */
export const PromptSnapshot = z.object({
  id: PromptId,
  text: z.string().max(500),
  theme: PromptTheme,
  moment: PromptMoment,
})
export type PromptSnapshot = z.infer<typeof PromptSnapshot>

export const Confidence = z
  .number({ message: 'Confidence is a number from 1 to 5.' })
  .int({ message: 'Confidence is a whole number from 1 to 5.' })
  .min(1, { message: 'Confidence is a number from 1 to 5.' })
  .max(5, { message: 'Confidence is a number from 1 to 5.' })

export const Reflection = z.object({
  id: Id,
  date: LocalDate,
  /** null for a free reflection, written without a prompt. */
  prompt: PromptSnapshot.nullable(),
  answer: z.string().max(50_000),
  confidence: Confidence.nullable(),
  sessionId: Id.nullable(),
  goalIds: z.array(Id).max(50),
  skillIds: z.array(Id).max(50),
  /** "Keep out of exports". */
  private: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Reflection = z.infer<typeof Reflection>

const Links = {
  sessionId: Id.nullable(),
  goalIds: z.array(Id).max(50, { message: 'At most 50 linked goals.' }),
  skillIds: z.array(Id).max(50, { message: 'At most 50 linked skills.' }),
}

const Answer = Markdown('The answer', 50_000).refine((text) => text.trim() !== '', {
  message: 'Write an answer before saving this reflection.',
})

/** What the editor sends to create a reflection; main takes the prompt's snapshot from `promptId`. */
export const ReflectionDraft = z.object({
  date: LocalDate,
  promptId: PromptId.nullable(),
  answer: Answer,
  confidence: Confidence.nullable(),
  ...Links,
  private: z.boolean(),
})
export type ReflectionDraft = z.infer<typeof ReflectionDraft>

/** Saving again keeps the snapshot taken when the reflection was first written. */
export const ReflectionUpdate = ReflectionDraft.omit({ promptId: true }).extend({ id: Id })
export type ReflectionUpdate = z.infer<typeof ReflectionUpdate>

/** One row of the reflections list. */
export interface ReflectionSummary {
  id: string
  date: string
  prompt: PromptSnapshot | null
  excerpt: string
  confidence: number | null
  sessionId: string | null
  goalIds: string[]
  skillIds: string[]
  private: boolean
  updatedAt: string
}
