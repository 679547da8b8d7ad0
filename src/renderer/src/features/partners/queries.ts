import { queryOptions, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Partner, PartnerOverview } from '../../../../shared/domain/partner'
import { tandem, unwrap } from '../../lib/client'

/** Every partners query starts with `partnerKeys.all`, so one invalidation reaches them all. */
export const partnerKeys = {
  all: ['partners'] as const,
  list: () => [...partnerKeys.all, 'list'] as const,
  overview: () => [...partnerKeys.all, 'overview'] as const,
  page: (id: string) => [...partnerKeys.all, 'page', id] as const,
  agenda: (id: string) => [...partnerKeys.all, 'agenda', id] as const,
}

export const partnerQueries = {
  list: () => queryOptions({ queryKey: partnerKeys.list(), queryFn: () => unwrap(tandem().partners.list()) }),
  overview: () =>
    queryOptions({
      queryKey: partnerKeys.overview(),
      queryFn: () => unwrap(tandem().partners.overview()),
      // Counted from sessions, which change on other screens: asked for again each time People opens.
      staleTime: 0,
    }),
  // Both read sessions, goals and skills, which change on other screens: asked for again on each visit.
  page: (partnerId: string) =>
    queryOptions({
      queryKey: partnerKeys.page(partnerId),
      queryFn: () => unwrap(tandem().partners.page({ partnerId })),
      staleTime: 0,
    }),
  agenda: (partnerId: string) =>
    queryOptions({
      queryKey: partnerKeys.agenda(partnerId),
      queryFn: () => unwrap(tandem().partners.agenda({ partnerId })),
      staleTime: 0,
    }),
}

export function usePartners() {
  return useQuery(partnerQueries.list())
}

/** Partners by id, for screens that show the partner of each of their rows. */
export function usePartnerById(): ReadonlyMap<string, Partner> {
  const partners = usePartners()
  return useMemo(() => new Map((partners.data ?? []).map((p) => [p.id, p])), [partners.data])
}

/** Per partner id: sessions held, first and last session (the People screen). */
export function usePartnerOverview() {
  return useQuery({
    ...partnerQueries.overview(),
    select: (rows: PartnerOverview[]) => new Map(rows.map((row) => [row.partnerId, row])),
  })
}

/**
 * The partners a picker offers: archived ones are left out, except the one the record already has
 * (so its picker still shows who it is with).
 */
export function pickablePartners(
  partners: readonly Partner[] | undefined,
  kept: ReadonlyArray<string | null>,
): Partner[] {
  return (partners ?? []).filter((p) => !p.archived || kept.includes(p.id))
}

/**
 * `pickablePartners` over the partners query. `saved` is the partner the stored record has, `chosen`
 * the one picked now: an archived partner the record had stays offered after picking another.
 */
export function usePickablePartners(saved: string | null, chosen: string | null = saved): Partner[] {
  const partners = usePartners()
  return useMemo(() => pickablePartners(partners.data, [saved, chosen]), [partners.data, saved, chosen])
}
