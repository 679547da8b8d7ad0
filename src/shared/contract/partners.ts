import { z } from 'zod'
import { type Partner, PartnerDraft, PartnerUpdate } from '../domain/partner'
import { channel } from './channel'

export const partnersChannels = {
  'partners:list': channel(z.undefined()).returns<Partner[]>(),
  'partners:create': channel(PartnerDraft).returns<Partner>(),
  /** Renames a partner or changes who mentors whom; the People screen (issue 11) will call it. */
  'partners:update': channel(PartnerUpdate).returns<Partner>(),
}
