import { z } from 'zod'
import { LocalDate } from '../../shared/domain/common'
import { CustomPrompt, PromptId, PromptSettings } from '../../shared/domain/prompt'
import type { DocumentFormat } from '../store/document'

const PromptsDoc = z.object({
  schemaVersion: z.literal(1),
  custom: z.array(CustomPrompt),
  hidden: z.array(PromptId),
  pinned: z.array(PromptId),
  settings: PromptSettings,
  /** The day reminders started; review days before it never count as missed. */
  remindersSince: LocalDate.nullable(),
})
type PromptsDoc = z.infer<typeof PromptsDoc>

export const defaultPromptSettings = (): PromptSettings => ({
  favouriteThemes: [],
  reviews: { weekly: { enabled: true, weekday: 5 }, monthly: { enabled: true, day: 1 } },
})

export const promptsFormat: DocumentFormat<PromptsDoc> = {
  current: 1,
  migrations: {},
  schema: PromptsDoc,
  empty: () => ({
    schemaVersion: 1,
    custom: [],
    hidden: [],
    pinned: [],
    settings: defaultPromptSettings(),
    remindersSince: null,
  }),
}
