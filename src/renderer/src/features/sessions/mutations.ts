import { type InfiniteData, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query'
import { type Session, type SessionDraft, summarize } from '../../../../shared/domain/session'
import type { SessionPage } from '../../../../shared/domain/session-page'
import { tandem, unwrap } from '../../lib/client'
import { goalKeys } from '../goals/queries'
import { partnerKeys } from '../partners/queries'
import { reflectionKeys } from '../prompts/queries'
import { skillKeys } from '../skills/queries'
import { sessionKeys } from './queries'

/** Creates the session (id null) or updates it; the editor's autosave calls this. */
export function useSaveSessionMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: SessionDraft }) =>
      unwrap(id === null ? tandem().sessions.create(draft) : tandem().sessions.update({ ...draft, id })),
    onSuccess: (saved, { id }) => {
      const before = id === null ? undefined : client.getQueryData<Session>(sessionKeys.detail(saved.id))
      // The open editor keeps its own draft: store the fresh copy instead of refetching it.
      client.setQueryData(sessionKeys.detail(saved.id), saved)
      afterSave(client, before, saved)
    },
  })
}

/**
 * Keeps the cached lists right after a save without asking main for them again: an autosave runs every
 * few keystrokes, and refetching the list each time was the editor's lag at 10,000 sessions. A row that
 * stays where it is gets its summary replaced in place; only what a save can move is refetched.
 */
function afterSave(client: QueryClient, before: Session | undefined, saved: Session) {
  if (before === undefined || before.date !== saved.date) {
    // A new session, or one whose date moved it to another place in the list and maybe another month.
    void client.invalidateQueries({ queryKey: sessionKeys.pages() })
    void client.invalidateQueries({ queryKey: [...sessionKeys.all, 'months'] })
  } else {
    replaceRow(client, saved)
  }
  if (before === undefined || !sameJson(before.topics, saved.topics)) {
    void client.invalidateQueries({ queryKey: sessionKeys.topics() })
  }
  if (
    before === undefined ||
    !sameJson(before.actionItems, saved.actionItems) ||
    before.title !== saved.title
  ) {
    // Home's open items show the session's title and date next to each item.
    void client.invalidateQueries({ queryKey: sessionKeys.openActionItems() })
  }
  if (before !== undefined) {
    const row = summarize(saved)
    client.setQueriesData<SessionPage['items']>({ queryKey: [...sessionKeys.all, 'summaries'] }, (rows) =>
      rows?.some((r) => r.id === row.id) ? rows.map((r) => (r.id === row.id ? row : r)) : undefined,
    )
  }
  if (before === undefined || before.partnerId !== saved.partnerId || before.date !== saved.date) {
    // People and the partner's page count sessions and show the first, last and next ones.
    void client.invalidateQueries({ queryKey: partnerKeys.all })
  }
  // The pickers' whole list (when a screen with a picker loaded it) is refreshed when next shown.
  void client.invalidateQueries({ queryKey: sessionKeys.list(), exact: true, refetchType: 'none' })
}

function replaceRow(client: QueryClient, saved: Session) {
  const row = summarize(saved)
  const has = (page: SessionPage) => page.items.some((r) => r.id === row.id)
  const inPage = (page: SessionPage): SessionPage =>
    has(page) ? { ...page, items: page.items.map((r) => (r.id === row.id ? row : r)) } : page
  // Returning undefined leaves a query alone: setting unchanged data would also clear a pending
  // invalidation (a page marked for a fresh read by an earlier new session would keep its old rows).
  client.setQueriesData<SessionPage | InfiniteData<SessionPage, number>>(
    { queryKey: sessionKeys.pages() },
    (data) => {
      if (data === undefined) return undefined
      if ('pages' in data)
        return data.pages.some(has) ? { ...data, pages: data.pages.map(inPage) } : undefined
      return has(data) ? inPage(data) : undefined
    },
  )
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

export function useDeleteSessionMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().sessions.delete({ id })),
    // Goals, skills and reflections lose their link to the session.
    meta: { dropsLinksIn: [goalKeys.all, skillKeys.all, reflectionKeys.all] },
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: sessionKeys.detail(id) })
      return client.invalidateQueries({ queryKey: sessionKeys.all })
    },
  })
}

export function useSetActionItemDoneMutation() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { sessionId: string; itemId: string; done: boolean }) =>
      unwrap(tandem().sessions.setActionItemDone(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKeys.all }),
  })
}
