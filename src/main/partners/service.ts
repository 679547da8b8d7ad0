import { randomUUID } from 'node:crypto'
import type { Partner, PartnerDraft, PartnerUpdate } from '../../shared/domain/partner'
import { notFound, TandemError } from '../../shared/errors'
import type { FeatureContext } from '../context'
import { partnersFormat } from './format'

export interface PartnersService {
  list(): Partner[]
  get(id: string): Partner | undefined
  create(draft: PartnerDraft): Promise<Partner>
  update(update: PartnerUpdate): Promise<Partner>
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
      const partner: Partner = { id: randomUUID(), ...draft, createdAt: now, updatedAt: now }
      await doc.change((data) => {
        data.partners.push(partner)
      })
      return partner
    },
    async update(update) {
      const existing = doc.data.partners.find((p) => p.id === update.id)
      if (!existing) throw notFound('partner')
      assertUniqueName(update.name, update.id)
      const partner: Partner = {
        ...existing,
        name: update.name,
        direction: update.direction,
        updatedAt: ctx.clock.now().toISOString(),
      }
      await doc.change((data) => {
        data.partners = data.partners.map((p) => (p.id === partner.id ? partner : p))
      })
      return partner
    },
  }
}
