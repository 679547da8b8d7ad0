import type { HandlersOf } from '../router'
import type { TrashService } from '../trash/service'
import type { SessionsService } from './service'

/** Deletes go through the trash, which keeps the session and its links for Undo. */
export function sessionsHandlers(
  sessions: SessionsService,
  trash: Pick<TrashService, 'discard'>,
): HandlersOf<'sessions'> {
  return {
    'sessions:list': () => sessions.list(),
    'sessions:page': (query) => sessions.page(query),
    'sessions:months': ({ filter }) => sessions.months(filter),
    'sessions:topics': () => sessions.topics(),
    'sessions:summaries': ({ ids }) => sessions.summaries(ids),
    'sessions:get': ({ id }) => sessions.get(id),
    'sessions:create': (draft) => sessions.create(draft),
    'sessions:update': (update) => sessions.update(update),
    'sessions:delete': ({ id }) => trash.discard('session', id),
    // Home shows twelve: the default keeps a caller that names no limit bounded too.
    'sessions:open-action-items': (query) => sessions.openActionItemsPage(query?.limit ?? 12),
    'sessions:set-action-item-done': ({ sessionId, itemId, done }) =>
      sessions.setActionItemDone(sessionId, itemId, done),
  }
}
