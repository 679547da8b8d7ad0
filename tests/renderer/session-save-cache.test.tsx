import { QueryClientProvider } from '@tanstack/react-query'
import { act, cleanup, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { useSaveSessionMutation } from '../../src/renderer/src/features/sessions/mutations'
import { RECENT_COUNT, sessionKeys } from '../../src/renderer/src/features/sessions/queries'
import { createQueryClient } from '../../src/renderer/src/lib/queries'
import type { Session, SessionDraft } from '../../src/shared/domain/session'
import { summarize } from '../../src/shared/domain/session'
import type { SessionPage } from '../../src/shared/domain/session-page'

/**
 * Issue 12: an autosave must not ask main for the session list again (at 10,000 sessions that refetch
 * was megabytes per save). The saved row is replaced in the cached pages instead.
 */

const stored: Session = {
  id: '7d3c1a52-7c1e-4f43-9a53-5b0a0a3b1f10',
  date: '2026-11-20',
  partnerId: null,
  title: 'Miro basics',
  topics: ['Miro'],
  notes: 'Dot voting.',
  learned: '',
  shared: '',
  actionItems: [],
  durationMinutes: null,
  private: false,
  starred: { learned: [], shared: [] },
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
}

const calls: string[] = []

beforeEach(() => {
  calls.length = 0
  // Every channel the renderer calls is counted; update answers as main would.
  const api = new Proxy(
    {},
    {
      get: (_t, feature: string) =>
        new Proxy(
          {},
          {
            get: (_u, verb: string) => async (input: Partial<Session>) => {
              calls.push(`${feature}.${verb}`)
              if (feature === 'sessions' && (verb === 'update' || verb === 'create')) {
                return { ok: true, value: { ...stored, ...input, updatedAt: '2026-11-20T10:05:00.000Z' } }
              }
              return { ok: false, error: { code: 'internal', message: `Not expected: ${feature}.${verb}` } }
            },
          },
        ),
    },
  )
  Object.defineProperty(window, 'tandem', { value: api, configurable: true })
})

afterEach(cleanup)

test('an autosave updates the cached rows and asks main for no list', async () => {
  const client = createQueryClient()
  const page: SessionPage = { items: [summarize(stored)], total: 1, offset: 0, nextOffset: null }
  client.setQueryData(sessionKeys.page({ offset: 0, limit: RECENT_COUNT }), page)
  client.setQueryData(sessionKeys.paged('', 0), { pages: [page], pageParams: [0] })
  client.setQueryData(sessionKeys.detail(stored.id), stored)
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const { result } = renderHook(() => useSaveSessionMutation(), { wrapper })

  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = stored
  const draft: SessionDraft = { ...fields, title: 'Miro basics, boards' }
  await act(() => result.current.mutateAsync({ id: stored.id, draft }))

  expect(calls).toEqual(['sessions.update'])
  const recent = client.getQueryData<SessionPage>(sessionKeys.page({ offset: 0, limit: RECENT_COUNT }))
  expect(recent?.items[0]?.title).toBe('Miro basics, boards')
  const paged = client.getQueryData<{ pages: SessionPage[] }>(sessionKeys.paged('', 0))
  expect(paged?.pages[0]?.items[0]?.title).toBe('Miro basics, boards')
  expect(client.getQueryData<Session>(sessionKeys.detail(stored.id))?.title).toBe('Miro basics, boards')
})

test('a new session marks the cached pages for a fresh read, since its place in them is new', async () => {
  const client = createQueryClient()
  const empty: SessionPage = { items: [], total: 0, offset: 0, nextOffset: null }
  client.setQueryData(sessionKeys.page({ offset: 0, limit: RECENT_COUNT }), empty)
  client.setQueryData(sessionKeys.paged('', 0), { pages: [empty], pageParams: [0] })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const { result } = renderHook(() => useSaveSessionMutation(), { wrapper })
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = stored
  await act(() => result.current.mutateAsync({ id: null, draft }))

  expect(calls).toEqual(['sessions.create'])
  for (const key of [sessionKeys.page({ offset: 0, limit: RECENT_COUNT }), sessionKeys.paged('', 0)]) {
    expect(client.getQueryState(key)?.isInvalidated).toBe(true)
  }
})

test('an autosave of a session a page does not hold leaves that page marked for a fresh read', async () => {
  const client = createQueryClient()
  const empty: SessionPage = { items: [], total: 0, offset: 0, nextOffset: null }
  const recentKey = sessionKeys.page({ offset: 0, limit: RECENT_COUNT })
  client.setQueryData(recentKey, empty)
  client.setQueryData(sessionKeys.detail(stored.id), stored)
  void client.invalidateQueries({ queryKey: recentKey })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const { result } = renderHook(() => useSaveSessionMutation(), { wrapper })
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = stored
  await act(() => result.current.mutateAsync({ id: stored.id, draft: { ...fields, durationMinutes: 60 } }))

  expect(client.getQueryState(recentKey)?.isInvalidated).toBe(true)
})
