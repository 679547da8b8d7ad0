import { QueryClient } from '@tanstack/react-query'
import { TandemClientError } from './client'

/**
 * Query keys, one per kind of data. Screens read through query hooks and mutations invalidate
 * by key, so no screen keeps its own copy of what the store holds.
 */
export const keys = {
  sessions: ['sessions'] as const,
  session: (id: string) => ['sessions', id] as const,
  openActionItems: ['sessions', 'open-action-items'] as const,
  partners: ['partners'] as const,
  journalStatus: ['journal', 'status'] as const,
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The store is local and the only writer is this window: data is fresh until we change it.
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          !(error instanceof TandemClientError && error.code === 'not-found') && count < 1,
      },
    },
  })
}

/**
 * After deleting something other features link to: main has dropped those links, so their cached
 * copies are out of date. Inactive ones are forgotten (an editor must not start its draft from a stale
 * copy and send the dead id back); shown ones are refetched.
 */
export function refreshLinkers(client: QueryClient, prefixes: ReadonlyArray<readonly string[]>) {
  for (const queryKey of prefixes) client.removeQueries({ queryKey, type: 'inactive' })
  return Promise.all(prefixes.map((queryKey) => client.invalidateQueries({ queryKey })))
}
