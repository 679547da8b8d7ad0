import { z } from 'zod'
import { Id, ShortText, Timestamp } from './common'

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
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Partner = z.infer<typeof Partner>

export const PartnerDraft = z.object({
  name: ShortText('The name', 120).min(1, { message: 'Give your partner a name.' }),
  direction: PartnerDirection,
})
export type PartnerDraft = z.infer<typeof PartnerDraft>

export const PartnerUpdate = PartnerDraft.extend({ id: Id })
export type PartnerUpdate = z.infer<typeof PartnerUpdate>
