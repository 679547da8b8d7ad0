import { z } from 'zod'
import { Partner } from '../../shared/domain/partner'
import type { DocumentFormat } from '../store/document'

const PartnersDoc = z.object({ schemaVersion: z.literal(1), partners: z.array(Partner) })
type PartnersDoc = z.infer<typeof PartnersDoc>

export const partnersFormat: DocumentFormat<PartnersDoc> = {
  current: 1,
  migrations: {},
  schema: PartnersDoc,
  empty: () => ({ schemaVersion: 1, partners: [] }),
}
