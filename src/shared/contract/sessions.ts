import { z } from 'zod'
import { Id } from '../domain/common'
import { type Session, SessionDraft, type SessionSummary, SessionUpdate } from '../domain/session'
import {
  type OpenActionItemsPage,
  OpenActionItemsQuery,
  type SessionMonth,
  SessionMonthsQuery,
  type SessionPage,
  SessionPageQuery,
  SessionSummariesQuery,
  type TopicCount,
} from '../domain/session-page'
import type { Deleted } from '../domain/trash'
import { channel } from './channel'

export const sessionsChannels = {
  /** Every summary: for main-side readers and tests; screens use the bounded channels below. */
  'sessions:list': channel(z.undefined()).returns<SessionSummary[]>(),
  'sessions:page': channel(SessionPageQuery).returns<SessionPage>(),
  'sessions:months': channel(SessionMonthsQuery).returns<SessionMonth[]>(),
  'sessions:topics': channel(z.undefined()).returns<TopicCount[]>(),
  'sessions:summaries': channel(SessionSummariesQuery).returns<SessionSummary[]>(),
  'sessions:get': channel(z.object({ id: Id })).returns<Session>(),
  'sessions:create': channel(SessionDraft).returns<Session>(),
  'sessions:update': channel(SessionUpdate).returns<Session>(),
  'sessions:delete': channel(z.object({ id: Id })).returns<Deleted>(),
  'sessions:open-action-items': channel(OpenActionItemsQuery).returns<OpenActionItemsPage>(),
  'sessions:set-action-item-done': channel(
    z.object({ sessionId: Id, itemId: Id, done: z.boolean() }),
  ).returns<Session>(),
}
