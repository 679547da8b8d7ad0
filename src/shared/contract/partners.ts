import { z } from 'zod'
import { Id } from '../domain/common'
import { type Partner, PartnerDraft, type PartnerOverview, PartnerUpdate } from '../domain/partner'
import { type PartnerAgenda, type PartnerPage, PartnerPageRequest } from '../domain/partner-page'
import type { Deleted } from '../domain/trash'
import { channel } from './channel'

export const partnersChannels = {
  'partners:list': channel(z.undefined()).returns<Partner[]>(),
  'partners:create': channel(PartnerDraft).returns<Partner>(),
  /** Per partner (archived ones too): how many sessions, the first and the last one's date. */
  'partners:overview': channel(z.undefined()).returns<PartnerOverview[]>(),
  /** Renames a partner, changes who mentors whom, archives or brings one back, plans the next session. */
  'partners:update': channel(PartnerUpdate).returns<Partner>(),
  /**
   * Moves a partner to the trash (for the People screen). Their sessions, skills and programs stay and
   * read "no partner"; restoring the partner gives each of them (still without one) the partner back.
   */
  'partners:delete': channel(z.object({ id: Id })).returns<Deleted>(),
  /** One partner's page: sessions per month, the latest 20, what flowed each way, goals, skills, open items. */
  'partners:page': channel(PartnerPageRequest).returns<PartnerPage>(),
  /** An agenda for the next session with a partner, built from what is open with them; the user edits it. */
  'partners:agenda': channel(PartnerPageRequest).returns<PartnerAgenda>(),
}
