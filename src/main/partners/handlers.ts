import type { HandlersOf } from '../router'
import type { TrashService } from '../trash/service'
import type { PartnersService } from './service'

export function partnersHandlers(
  partners: PartnersService,
  trash: Pick<TrashService, 'discard'>,
): HandlersOf<'partners'> {
  return {
    'partners:list': () => partners.list(),
    'partners:create': (draft) => partners.create(draft),
    // Not called by the UI yet: the People screen (issue 11) edits partners through it.
    'partners:update': (update) => partners.update(update),
    // For the People screen: the partner goes to the trash; their sessions and skills stay, with no partner.
    'partners:delete': ({ id }) => trash.discard('partner', id),
  }
}
