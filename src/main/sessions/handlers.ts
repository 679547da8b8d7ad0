import type { HandlersOf } from '../router'
import type { SessionsService } from './service'

export function sessionsHandlers(sessions: SessionsService): HandlersOf<'sessions'> {
  return {
    'sessions:list': () => sessions.list(),
    'sessions:get': ({ id }) => sessions.get(id),
    'sessions:create': (draft) => sessions.create(draft),
    'sessions:update': (update) => sessions.update(update),
    'sessions:delete': ({ id }) => sessions.remove(id),
    'sessions:open-action-items': () => sessions.openActionItems(),
    'sessions:set-action-item-done': ({ sessionId, itemId, done }) =>
      sessions.setActionItemDone(sessionId, itemId, done),
  }
}
