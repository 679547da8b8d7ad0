import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PartnerDraft, PartnerUpdate } from '../../../../shared/domain/partner'
import { tandem, unwrap } from '../../lib/client'
import { programKeys } from '../prompts/queries'
import { sessionKeys } from '../sessions/queries'
import { skillKeys } from '../skills/queries'
import { partnerKeys } from './queries'

export function useCreatePartnerMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (draft: PartnerDraft) => unwrap(tandem().partners.create(draft)),
    onSuccess: () => client.invalidateQueries({ queryKey: partnerKeys.all }),
  })
}

/** Renames, changes direction, archives or brings back, plans the next session. */
export function useUpdatePartnerMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (update: PartnerUpdate) => unwrap(tandem().partners.update(update)),
    onSuccess: () => client.invalidateQueries({ queryKey: partnerKeys.all }),
  })
}

/** To the trash; their sessions, skills and programs stay, with no partner until Undo. */
export function useDeletePartnerMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().partners.delete({ id })),
    meta: { dropsLinksIn: [sessionKeys.all, skillKeys.all, programKeys.all] },
    onSuccess: () => client.invalidateQueries({ queryKey: partnerKeys.all }),
  })
}
