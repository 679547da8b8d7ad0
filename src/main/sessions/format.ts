import { Session } from '../../shared/domain/session'
import { type ShardedFormat, shardSchema } from '../store/sharded'
import { isStoredSessionShard } from './fast-check'

/**
 * Sessions live in sessions/YYYY-MM.json, one file per month of the session's date,
 * so saving one session rewrites about a month of notes whatever the size of the journal.
 */
export const sessionsFormat: ShardedFormat<Session> = {
  current: 2,
  migrations: {
    // Version 2: lines of the ledger can be starred for the report's highlights; none are yet.
    1: (doc) => ({
      ...doc,
      items: Array.isArray(doc.items)
        ? doc.items.map((s: unknown) =>
            typeof s === 'object' && s !== null ? { starred: { learned: [], shared: [] }, ...s } : s,
          )
        : doc.items,
    }),
  },
  schema: shardSchema(Session, 2),
  check: isStoredSessionShard,
  keyOf: (session) => session.date.slice(0, 7),
}
