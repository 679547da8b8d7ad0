import { queryOptions, useQuery } from '@tanstack/react-query'
import { tandem, unwrap } from '../../lib/client'

/** Every sessions query starts with `sessionKeys.all`, so one invalidation reaches them all. */
export const sessionKeys = {
  all: ['sessions'] as const,
  list: () => [...sessionKeys.all, 'list'] as const,
  detail: (id: string) => [...sessionKeys.all, 'detail', id] as const,
  openActionItems: () => [...sessionKeys.all, 'open-action-items'] as const,
}

export const sessionQueries = {
  list: () => queryOptions({ queryKey: sessionKeys.list(), queryFn: () => unwrap(tandem().sessions.list()) }),
  detail: (id: string) =>
    queryOptions({ queryKey: sessionKeys.detail(id), queryFn: () => unwrap(tandem().sessions.get({ id })) }),
  openActionItems: () =>
    queryOptions({
      queryKey: sessionKeys.openActionItems(),
      queryFn: () => unwrap(tandem().sessions.openActionItems()),
    }),
}

export function useSessions() {
  return useQuery(sessionQueries.list())
}

/** null: a new session, nothing to load yet. */
export function useSession(id: string | null) {
  return useQuery({ ...sessionQueries.detail(id ?? 'new'), enabled: id !== null })
}

export function useOpenActionItems() {
  return useQuery(sessionQueries.openActionItems())
}
