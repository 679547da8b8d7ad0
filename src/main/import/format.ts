import { z } from 'zod'
import { ImportSource } from '../../shared/contract/import'
import { Id, Timestamp } from '../../shared/domain/common'
import type { DocumentFormat } from '../store/document'

/**
 * One import, written before any of its records: the ids it is about to write, so an import a crash cut
 * short can still be undone, and the source ids it brought in, so the same entries are spotted next time.
 */
export const ImportEntry = z.object({
  id: Id,
  at: Timestamp,
  source: ImportSource,
  name: z.string().max(500),
  sessionIds: z.array(Id),
  reflectionIds: z.array(Id),
  partnerIds: z.array(Id),
  /** sha256 digests of the source ids (plan.ts sourceKey). */
  sourceIds: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  /** Set once every record is written; null while writing (or after a crash cut it short). */
  finishedAt: Timestamp.nullable(),
  undoneAt: Timestamp.nullable(),
  keptEdited: z.number().int().min(0),
})
export type ImportEntry = z.infer<typeof ImportEntry>

const ImportsDoc = z.object({ schemaVersion: z.literal(1), imports: z.array(ImportEntry) })
type ImportsDoc = z.infer<typeof ImportsDoc>

export const importsFormat: DocumentFormat<ImportsDoc> = {
  current: 1,
  migrations: {},
  schema: ImportsDoc,
  empty: () => ({ schemaVersion: 1, imports: [] }),
}
