import type { HandlersOf } from '../router'
import type { TrashService } from './service'

export function trashHandlers(trash: TrashService): HandlersOf<'trash'> {
  return {
    'trash:list': () => trash.list(),
    'trash:restore': ({ id }) => trash.restore(id),
    'trash:remove': ({ id }) => trash.remove(id),
    'trash:empty': () => trash.empty(),
  }
}
