import type { HandlersOf } from '../router'
import type { ReflectionsService } from './service'

export function reflectionsHandlers(reflections: ReflectionsService): HandlersOf<'reflections'> {
  return {
    'reflections:list': () => reflections.list(),
    'reflections:get': ({ id }) => reflections.get(id),
    'reflections:for-session': ({ sessionId }) => reflections.forSession(sessionId),
    'reflections:create': (draft) => reflections.create(draft),
    'reflections:update': (update) => reflections.update(update),
    'reflections:delete': ({ id }) => reflections.remove(id),
  }
}
