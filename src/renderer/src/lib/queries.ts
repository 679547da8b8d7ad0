import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query'
import { TandemClientError } from './client'

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * Key roots of other features whose data links to what this write removed (`goalKeys.all`, …).
       * Main has already dropped those links; the one rule below refreshes their caches.
       */
      dropsLinksIn?: ReadonlyArray<QueryKey>
    }
  }
}

/**
 * The app's one query client. Every write goes through a mutation (features' mutations.ts, autosave
 * included), so this mutation cache sees them all; the one cross-feature rule lives here.
 */
export function createQueryClient(
  options: {
    /**
     * Key roots refreshed after every write settles, whatever it was: the journal's status, because any
     * save can report a problem (a file changed outside Tandem was merged into it).
     */
    afterEveryWrite?: ReadonlyArray<QueryKey>
  } = {},
): QueryClient {
  const afterEveryWrite = options.afterEveryWrite ?? []
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSettled: () => {
        for (const queryKey of afterEveryWrite) void client.invalidateQueries({ queryKey })
      },
      // Awaited before the mutation's own onSuccess and before mutateAsync resolves.
      onSuccess: (_data, _variables, _context, mutation) => {
        const roots = mutation.meta?.dropsLinksIn
        return roots ? refreshLinkers(client, roots) : undefined
      },
    }),
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
  return client
}

/**
 * After deleting something other features link to: main has dropped those links, so their cached
 * copies are out of date. Inactive ones are forgotten (an editor must not start its draft from a stale
 * copy and send the dead id back); shown ones are refetched.
 */
function refreshLinkers(client: QueryClient, roots: ReadonlyArray<QueryKey>) {
  for (const queryKey of roots) client.removeQueries({ queryKey, type: 'inactive' })
  return Promise.all(roots.map((queryKey) => client.invalidateQueries({ queryKey })))
}
