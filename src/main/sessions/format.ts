import { z } from 'zod'
import { Session } from '../../shared/domain/session'
import type { ShardedFormat } from '../store/sharded'
import { isStoredSessionShard } from './fast-check'

/**
 * Sessions live in sessions/YYYY-MM.json, one file per month of the session's date,
 * so saving one session rewrites about a month of notes whatever the size of the journal.
 */
export const sessionsFormat: ShardedFormat<Session> = {
  current: 1,
  migrations: {},
  schema: z.object({ schemaVersion: z.literal(1), shard: z.string(), items: z.array(Session) }),
  check: isStoredSessionShard,
  keyOf: (session) => session.date.slice(0, 7),
}
