import { z } from 'zod'
import { Id, LocalDate, ShortText, Timestamp } from './common'

/** Who mentors whom in this relationship. */
export const PartnerDirection = z.enum(['they-mentor-me', 'i-mentor-them', 'both-ways'])
export type PartnerDirection = z.infer<typeof PartnerDirection>

export const partnerDirectionLabels: Record<PartnerDirection, string> = {
  'they-mentor-me': 'They mentor me',
  'i-mentor-them': 'I mentor them',
  'both-ways': 'Both ways',
}

export const Partner = z.object({
  id: Id,
  name: z.string().min(1).max(120),
  direction: PartnerDirection,
  /** Archived partners are kept in history and reports but no longer offered in pickers. */
  archived: z.boolean(),
  /** The next session the pair has planned (local date), for the session reminder; null when none is. */
  nextSessionOn: LocalDate.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Partner = z.infer<typeof Partner>

export const PartnerDraft = z.object({
  name: ShortText('The name', 120).min(1, { message: 'Give your partner a name.' }),
  direction: PartnerDirection,
})
export type PartnerDraft = z.infer<typeof PartnerDraft>

/** Renames a partner, changes who mentors whom, archives or brings one back, plans the next session. */
export const PartnerUpdate = PartnerDraft.extend({
  id: Id,
  archived: z.boolean().optional(),
  nextSessionOn: LocalDate.nullable().optional(),
})
export type PartnerUpdate = z.infer<typeof PartnerUpdate>

/** What the People screen shows of a partner's sessions, counted in main (not from the whole session list). */
export interface PartnerOverview {
  partnerId: string
  sessionCount: number
  /** The date of their first session (local date); null when they have none. */
  firstSessionOn: string | null
  lastSessionOn: string | null
}
