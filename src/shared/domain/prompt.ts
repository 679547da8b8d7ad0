import { z } from 'zod'
import { Id, ShortText, Timestamp } from './common'

export const PromptTheme = z.enum([
  'fresh-perspectives',
  'two-way-knowledge',
  'digital-fluency',
  'inclusivity',
  'navigating-change',
  'relationship',
])
export type PromptTheme = z.infer<typeof PromptTheme>

export const PromptMoment = z.enum([
  'before-session',
  'after-session',
  'weekly-review',
  'monthly-review',
  'any-time',
])
export type PromptMoment = z.infer<typeof PromptMoment>

/**
 * Which side of the relationship a prompt speaks to: `learner` learns the digital skill (and shares
 * career experience), `sharer` teaches the digital skill (and learns from that experience), or both.
 */
export const PromptSide = z.enum(['learner', 'sharer', 'both'])
export type PromptSide = z.infer<typeof PromptSide>

export const themeLabels: Record<PromptTheme, string> = {
  'fresh-perspectives': 'Fresh perspectives',
  'two-way-knowledge': 'Two-way knowledge',
  'digital-fluency': 'Digital fluency',
  inclusivity: 'Inclusivity',
  'navigating-change': 'Navigating change',
  relationship: 'The relationship',
}

export const momentLabels: Record<PromptMoment, string> = {
  'before-session': 'Before a session',
  'after-session': 'After a session',
  'weekly-review': 'Weekly reflection',
  'monthly-review': 'Monthly reflection',
  'any-time': 'Any time',
}

/** In reverse mentoring the digital skill usually flows from the junior to the senior partner. */
export const sideLabels: Record<PromptSide, string> = {
  learner: 'Learning digital skills',
  sharer: 'Teaching digital skills',
  both: 'Both partners',
}

/** Built-in prompt ids are readable slugs; custom ones are random UUIDs. Either fits this. */
export const PromptId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'This prompt id is not valid.' })

const PromptText = ShortText('The prompt', 500).min(1, { message: 'Write the prompt before saving it.' })

/** One prompt of the built-in library, as shipped in resources/prompts/*.json. */
export const BuiltInPrompt = z.object({
  id: PromptId,
  text: z.string().trim().min(1).max(500),
  theme: PromptTheme,
  moment: PromptMoment,
  side: PromptSide,
})
export type BuiltInPrompt = z.infer<typeof BuiltInPrompt>

export const PromptLibraryFile = z.object({
  schemaVersion: z.literal(1),
  prompts: z.array(BuiltInPrompt).min(1),
})
export type PromptLibraryFile = z.infer<typeof PromptLibraryFile>

/** A prompt the user wrote. Archived ones leave the library and the rotation but keep their answers' history. */
export const CustomPrompt = z.object({
  id: Id,
  text: z.string().min(1).max(500),
  theme: PromptTheme,
  moment: PromptMoment,
  side: PromptSide,
  archived: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type CustomPrompt = z.infer<typeof CustomPrompt>

export const CustomPromptDraft = z.object({
  text: PromptText,
  theme: PromptTheme,
  moment: PromptMoment,
  side: PromptSide,
})
export type CustomPromptDraft = z.infer<typeof CustomPromptDraft>

export const CustomPromptUpdate = CustomPromptDraft.extend({ id: Id })
export type CustomPromptUpdate = z.infer<typeof CustomPromptUpdate>

const Weekday = z.number().int().min(0).max(6)

export const ReviewSettings = z.object({
  weekly: z.object({
    enabled: z.boolean(),
    /** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
    weekday: Weekday,
  }),
  monthly: z.object({
    enabled: z.boolean(),
    /** Up to 28 so that every month has the day. */
    day: z
      .number()
      .int()
      .min(1, { message: 'Pick a day from 1 to 28.' })
      .max(28, { message: 'Pick a day from 1 to 28.' }),
  }),
})
export type ReviewSettings = z.infer<typeof ReviewSettings>

export const PromptSettings = z.object({
  favouriteThemes: z.array(PromptTheme).max(6),
  reviews: ReviewSettings,
})
export type PromptSettings = z.infer<typeof PromptSettings>

/** A prompt as the screens see it: built-in or custom, with the user's marks on it. */
export interface PromptView {
  id: string
  text: string
  theme: PromptTheme
  moment: PromptMoment
  side: PromptSide
  source: 'built-in' | 'custom'
  hidden: boolean
  pinned: boolean
  archived: boolean
}

export interface PromptLibrary {
  prompts: PromptView[]
  settings: PromptSettings
}

export interface ReviewDue {
  kind: 'weekly' | 'monthly'
  /** The scheduled review day this reminder is for. */
  since: string
  /** A fitting review prompt to answer, if any. */
  prompt: PromptView | null
}

export const SetPromptFlag = z.object({ id: PromptId, value: z.boolean() })
