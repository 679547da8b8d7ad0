import type { HandlersOf } from '../router'
import type { TrashService } from '../trash/service'
import type { ReflectionsService } from './service'

/** Deletes go through the trash, which keeps the reflection for Undo. */
export function reflectionsHandlers(
  reflections: ReflectionsService,
  trash: Pick<TrashService, 'discard'>,
): HandlersOf<'reflections'> {
  return {
    'reflections:list': () => reflections.list(),
    'reflections:get': ({ id }) => reflections.get(id),
    'reflections:for-session': ({ sessionId }) => reflections.forSession(sessionId),
    'reflections:create': (draft) => reflections.create(draft),
    'reflections:update': (update) => reflections.update(update),
    'reflections:delete': ({ id }) => trash.discard('reflection', id),
  }
}
