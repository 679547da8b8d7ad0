import { randomUUID } from 'node:crypto'
import type { Partner, PartnerDraft, PartnerUpdate } from '../../shared/domain/partner'
import type { TrashLink } from '../../shared/domain/trash'
import { notFound, TandemError } from '../../shared/errors'
import type { FeatureContext } from '../context'
import { partnersFormat } from './format'

export interface PartnersService {
  list(): Partner[]
  get(id: string): Partner | undefined
  create(draft: PartnerDraft): Promise<Partner>
  update(update: PartnerUpdate): Promise<Partner>
  /** Removes the partner if still there, then tells the other features (the trash calls this). */
  remove(id: string): Promise<void>
  /** Puts a partner from the trash back (as "<name> (restored)" if the name was taken meanwhile). */
  restore(partner: Partner): Promise<TrashLink[]>
}

export async function openPartners(ctx: FeatureContext): Promise<PartnersService> {
  const doc = await ctx.journal.document('partners.json', partnersFormat)

  function assertUniqueName(name: string, exceptId?: string): void {
    const clash = doc.data.partners.find(
      (p) => p.id !== exceptId && p.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
    )
    if (clash) throw new TandemError('conflict', `You already have a partner called ${clash.name}.`, 'name')
  }

  return {
    list: () => [...doc.data.partners].sort((a, b) => a.name.localeCompare(b.name)),
    get: (id) => doc.data.partners.find((p) => p.id === id),
    async create(draft) {
      assertUniqueName(draft.name)
      const now = ctx.clock.now().toISOString()
      const partner: Partner = {
        id: randomUUID(),
        ...draft,
        archived: false,
        nextSessionOn: null,
        createdAt: now,
        updatedAt: now,
      }
      await doc.change((data) => {
        data.partners.push(partner)
      })
      return partner
    },
    async remove(id) {
      if (doc.data.partners.some((p) => p.id === id)) {
        await doc.change((data) => {
          data.partners = data.partners.filter((p) => p.id !== id)
        })
      }
      await ctx.events.emit('partner:deleted', { id })
    },
    async restore(partner) {
      if (doc.data.partners.some((p) => p.id === partner.id)) return []
      const lower = partner.name.toLocaleLowerCase()
      const taken = doc.data.partners.some((p) => p.name.toLocaleLowerCase() === lower)
      const name = taken ? `${partner.name.slice(0, 109)} (restored)` : partner.name
      await doc.change((data) => {
        data.partners.push({ ...partner, name })
      })
      return []
    },
    async update(update) {
      const existing = doc.data.partners.find((p) => p.id === update.id)
      if (!existing) throw notFound('partner')
      assertUniqueName(update.name, update.id)
      const partner: Partner = {
        ...existing,
        name: update.name,
        direction: update.direction,
        archived: update.archived ?? existing.archived,
        nextSessionOn: update.nextSessionOn === undefined ? existing.nextSessionOn : update.nextSessionOn,
        updatedAt: ctx.clock.now().toISOString(),
      }
      await doc.change((data) => {
        data.partners = data.partners.map((p) => (p.id === partner.id ? partner : p))
      })
      return partner
    },
  }
}
