import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PartnerDraft } from '../../../../shared/domain/partner'
import { tandem, unwrap } from '../../lib/client'
import { partnerKeys } from './queries'

export function useCreatePartnerMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (draft: PartnerDraft) => unwrap(tandem().partners.create(draft)),
    onSuccess: () => client.invalidateQueries({ queryKey: partnerKeys.all }),
  })
}
