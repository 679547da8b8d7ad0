import { z } from 'zod'
import { TrashEntry } from '../../shared/domain/trash'
import type { DocumentFormat } from '../store/document'

const TrashDoc = z.object({ schemaVersion: z.literal(1), entries: z.array(TrashEntry) })
export type TrashDoc = z.infer<typeof TrashDoc>

/**
 * The whole trash in one document, trash.json. It holds only what was deleted in the last 30 days
 * (entries expire on open), and a delete or restore is rare and changes one entry, so one small file
 * costs little to rewrite, and each step of a delete or restore is one atomic write of it. Were the
 * trash to grow large (bulk deletes of long sessions), it would shard by month of deletion like the
 * sessions, with the same entry shape.
 */
export const trashFormat: DocumentFormat<TrashDoc> = {
  current: 1,
  migrations: {},
  schema: TrashDoc,
  empty: () => ({ schemaVersion: 1, entries: [] }),
}
