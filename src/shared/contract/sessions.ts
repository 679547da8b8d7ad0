import { z } from 'zod'
import { Id } from '../domain/common'
import {
  type OpenActionItem,
  type Session,
  SessionDraft,
  type SessionSummary,
  SessionUpdate,
} from '../domain/session'
import type { Deleted } from '../domain/trash'
import { channel } from './channel'

export const sessionsChannels = {
  'sessions:list': channel(z.undefined()).returns<SessionSummary[]>(),
  'sessions:get': channel(z.object({ id: Id })).returns<Session>(),
  'sessions:create': channel(SessionDraft).returns<Session>(),
  'sessions:update': channel(SessionUpdate).returns<Session>(),
  'sessions:delete': channel(z.object({ id: Id })).returns<Deleted>(),
  'sessions:open-action-items': channel(z.undefined()).returns<OpenActionItem[]>(),
  'sessions:set-action-item-done': channel(
    z.object({ sessionId: Id, itemId: Id, done: z.boolean() }),
  ).returns<Session>(),
}
