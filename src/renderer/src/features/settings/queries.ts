import { queryOptions, useQuery } from '@tanstack/react-query'
import { tandem, unwrap } from '../../lib/client'

export const settingsKeys = {
  all: ['settings'] as const,
}

export const settingsQueries = {
  all: () => queryOptions({ queryKey: settingsKeys.all, queryFn: () => unwrap(tandem().settings.get()) }),
}

/** The journal's settings and this computer's, from main. */
export function useSettings() {
  return useQuery(settingsQueries.all())
}
