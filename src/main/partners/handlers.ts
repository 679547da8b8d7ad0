import type { HandlersOf } from '../router'
import type { PartnersService } from './service'

export function partnersHandlers(partners: PartnersService): HandlersOf<'partners'> {
  return {
    'partners:list': () => partners.list(),
    'partners:create': (draft) => partners.create(draft),
    // Not called by the UI yet: the People screen (issue 11) edits partners through it.
    'partners:update': (update) => partners.update(update),
  }
}
