import { queryOptions, useQuery } from '@tanstack/react-query'
import type { JourneyPeriod } from '../../../../shared/domain/journey'
import { tandem, unwrap } from '../../lib/client'

/** Every journey query starts with `journeyKeys.all`. */
export const journeyKeys = {
  all: ['journey'] as const,
  overview: (period: JourneyPeriod, partnerId: string | null) =>
    [...journeyKeys.all, 'overview', period, partnerId] as const,
}

export const journeyQueries = {
  overview: (period: JourneyPeriod, partnerId: string | null) =>
    queryOptions({
      queryKey: journeyKeys.overview(period, partnerId),
      queryFn: () => unwrap(tandem().journey.overview({ period, partnerId })),
      // Counted from every other feature's records, which change on other screens.
      staleTime: 0,
    }),
}

export function useJourney(period: JourneyPeriod, partnerId: string | null) {
  return useQuery(journeyQueries.overview(period, partnerId))
}
