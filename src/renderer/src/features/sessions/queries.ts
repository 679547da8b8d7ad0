import { keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { SessionPageQuery } from '../../../../shared/domain/session-page'
import { tandem, unwrap } from '../../lib/client'

/** Home's recent sessions: the first page of the list, which also tells whether the journal is empty. */
export const RECENT_COUNT = 5
/** Home's open action items. */
export const OPEN_ITEMS_SHOWN = 12
/** Rows the Sessions screen asks main for at a time. */
export const LIST_PAGE_SIZE = 200

/**
 * Every sessions query starts with `sessionKeys.all`, so one invalidation reaches them all. Screens read
 * bounded slices (a page, the month index, the topics); the whole list is only for the session pickers.
 */
export const sessionKeys = {
  all: ['sessions'] as const,
  list: () => [...sessionKeys.all, 'list'] as const,
  /** Single pages (Home's recent sessions) and the Sessions screen's paged list both start here. */
  pages: () => [...sessionKeys.all, 'page'] as const,
  page: (query: SessionPageQuery) => [...sessionKeys.pages(), query] as const,
  paged: (filter: string, start: number) => [...sessionKeys.pages(), 'paged', filter, start] as const,
  months: (filter: string) => [...sessionKeys.all, 'months', filter] as const,
  topics: () => [...sessionKeys.all, 'topics'] as const,
  summaries: (ids: string[]) => [...sessionKeys.all, 'summaries', ids] as const,
  detail: (id: string) => [...sessionKeys.all, 'detail', id] as const,
  openActionItems: () => [...sessionKeys.all, 'open-action-items'] as const,
}

export const sessionQueries = {
  list: () => queryOptions({ queryKey: sessionKeys.list(), queryFn: () => unwrap(tandem().sessions.list()) }),
  page: (query: SessionPageQuery) =>
    queryOptions({ queryKey: sessionKeys.page(query), queryFn: () => unwrap(tandem().sessions.page(query)) }),
  detail: (id: string) =>
    queryOptions({ queryKey: sessionKeys.detail(id), queryFn: () => unwrap(tandem().sessions.get({ id })) }),
  openActionItems: () =>
    queryOptions({
      queryKey: sessionKeys.openActionItems(),
      queryFn: () => unwrap(tandem().sessions.openActionItems({ limit: OPEN_ITEMS_SHOWN })),
    }),
}

/** Every session: only for pickers that offer any session to link. Screens use the bounded reads. */
export function useSessions() {
  return useQuery(sessionQueries.list())
}

/** The newest sessions (Home); `data.total` is 0 in an empty journal. */
export function useRecentSessions() {
  return useQuery(sessionQueries.page({ offset: 0, limit: RECENT_COUNT }))
}

/** The Sessions screen: pages of LIST_PAGE_SIZE from `start` (a month jump moves it), each page older. */
export function useSessionPages(filter: string, start: number) {
  const trimmed = filter.trim()
  return useInfiniteQuery({
    queryKey: sessionKeys.paged(trimmed, start),
    queryFn: ({ pageParam }) =>
      unwrap(
        tandem().sessions.page({
          offset: pageParam,
          limit: LIST_PAGE_SIZE,
          ...(trimmed === '' ? {} : { filter: trimmed }),
        }),
      ),
    initialPageParam: start,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
    // Typing in the filter keeps the rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  })
}

/** The "Go to month" index of the sessions matching `filter`. */
export function useSessionMonths(filter: string) {
  const trimmed = filter.trim()
  return useQuery({
    queryKey: sessionKeys.months(trimmed),
    queryFn: () => unwrap(tandem().sessions.months(trimmed === '' ? {} : { filter: trimmed })),
    placeholderData: keepPreviousData,
  })
}

/** Topics used on sessions, most used first: the editor's suggestions. */
export function useSessionTopics() {
  return useQuery({ queryKey: sessionKeys.topics(), queryFn: () => unwrap(tandem().sessions.topics()) })
}

/** Summaries of the given sessions (a goal's linked sessions), newest first. */
export function useSessionSummaries(ids: string[]) {
  return useQuery({
    queryKey: sessionKeys.summaries(ids),
    queryFn: () => unwrap(tandem().sessions.summaries({ ids })),
    enabled: ids.length > 0,
  })
}

/** null: a new session, nothing to load yet. */
export function useSession(id: string | null) {
  return useQuery({ ...sessionQueries.detail(id ?? 'new'), enabled: id !== null })
}

/** The first OPEN_ITEMS_SHOWN open items and how many are open in all. */
export function useOpenActionItems() {
  return useQuery(sessionQueries.openActionItems())
}
