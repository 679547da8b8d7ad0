import { z } from 'zod'
import { Partner } from '../../shared/domain/partner'
import type { DocumentFormat } from '../store/document'

const PartnersDoc = z.object({ schemaVersion: z.literal(2), partners: z.array(Partner) })
type PartnersDoc = z.infer<typeof PartnersDoc>

export const partnersFormat: DocumentFormat<PartnersDoc> = {
  current: 2,
  migrations: {
    // Version 2: partners can be archived and have a planned next session.
    1: (doc) => ({
      ...doc,
      schemaVersion: 2,
      partners: Array.isArray(doc.partners)
        ? doc.partners.map((p: unknown) =>
            typeof p === 'object' && p !== null ? { archived: false, nextSessionOn: null, ...p } : p,
          )
        : doc.partners,
    }),
  },
  schema: PartnersDoc,
  empty: () => ({ schemaVersion: 2, partners: [] }),
}
