import { z } from 'zod'
import { LocalDate } from '../../shared/domain/common'
import type { DocumentFormat } from '../store/document'

/** The kinds of reminder; each is shown at most once a local day and can be turned off on its own. */
export const REMINDER_KINDS = ['sessions', 'reviews', 'skills'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/**
 * reminders-state.json: the local day each kind of reminder was last shown, so a restart the same day
 * does not show it again. In the journal (not this computer's config), so two computers sharing a
 * synced journal do not both remind.
 */
const RemindersStateDoc = z.object({
  schemaVersion: z.literal(1),
  lastShown: z.object({
    sessions: LocalDate.nullable(),
    reviews: LocalDate.nullable(),
    skills: LocalDate.nullable(),
  }),
})
export type RemindersStateDoc = z.infer<typeof RemindersStateDoc>

export const remindersStateFormat: DocumentFormat<RemindersStateDoc> = {
  current: 1,
  migrations: {},
  schema: RemindersStateDoc,
  empty: () => ({ schemaVersion: 1, lastShown: { sessions: null, reviews: null, skills: null } }),
  bookkeeping: true,
}
