import { queryOptions, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Partner } from '../../../../shared/domain/partner'
import { tandem, unwrap } from '../../lib/client'

/** Every partners query starts with `partnerKeys.all`, so one invalidation reaches them all. */
export const partnerKeys = {
  all: ['partners'] as const,
  list: () => [...partnerKeys.all, 'list'] as const,
}

export const partnerQueries = {
  list: () => queryOptions({ queryKey: partnerKeys.list(), queryFn: () => unwrap(tandem().partners.list()) }),
}

export function usePartners() {
  return useQuery(partnerQueries.list())
}

/** Partners by id, for screens that show the partner of each of their rows. */
export function usePartnerById(): ReadonlyMap<string, Partner> {
  const partners = usePartners()
  return useMemo(() => new Map((partners.data ?? []).map((p) => [p.id, p])), [partners.data])
}
