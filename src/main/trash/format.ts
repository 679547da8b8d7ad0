import { z } from 'zod'
import { TrashEntry } from '../../shared/domain/trash'
import type { DocumentFormat } from '../store/document'
import { isRecord } from '../store/fast-checks'

const TrashDoc = z.object({ schemaVersion: z.literal(2), entries: z.array(TrashEntry) })
export type TrashDoc = z.infer<typeof TrashDoc>

/**
 * The whole trash in one document, trash.json. It holds only what was deleted in the last 30 days
 * (entries expire on open), and a delete or restore is rare and changes one entry, so one small file
 * costs little to rewrite, and each step of a delete or restore is one atomic write of it. Were the
 * trash to grow large (bulk deletes of long sessions), it would shard by month of deletion like the
 * sessions, with the same entry shape.
 */
export const trashFormat: DocumentFormat<TrashDoc> = {
  current: 2,
  migrations: {
    // Version 2: the records in the trash get what their own formats added since (sessions 2: starred
    // lines; partners 2: archived and the next session), so a session deleted before the update can
    // still be restored.
    1: (doc) => ({
      ...doc,
      entries: Array.isArray(doc.entries) ? doc.entries.map(upgradeEntry) : doc.entries,
    }),
  },
  schema: TrashDoc,
  empty: () => ({ schemaVersion: 2, entries: [] }),
}

function upgradeEntry(entry: unknown): unknown {
  if (!isRecord(entry) || !isRecord(entry.record)) return entry
  if (entry.kind === 'session')
    return { ...entry, record: { starred: { learned: [], shared: [] }, ...entry.record } }
  if (entry.kind === 'partner')
    return { ...entry, record: { archived: false, nextSessionOn: null, ...entry.record } }
  return entry
}
