import type { HandlersOf } from '../router'
import type { SessionsService } from '../sessions/service'
import type { TrashService } from '../trash/service'
import type { PartnersService } from './service'

export function partnersHandlers(
  partners: PartnersService,
  trash: Pick<TrashService, 'discard'>,
  sessions: Pick<SessionsService, 'partnerOverview'>,
): HandlersOf<'partners'> {
  return {
    'partners:list': () => partners.list(),
    'partners:create': (draft) => partners.create(draft),
    // Counted by sessions, which holds them; partners are opened before sessions and cannot ask.
    'partners:overview': () => sessions.partnerOverview(),
    'partners:update': (update) => partners.update(update),
    // The partner goes to the trash; their sessions and skills stay, with no partner.
    'partners:delete': ({ id }) => trash.discard('partner', id),
  }
}
