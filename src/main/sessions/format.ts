import { Session } from '../../shared/domain/session'
import { type ShardedFormat, shardSchema } from '../store/sharded'
import { isStoredSessionShard } from './fast-check'

/**
 * Sessions live in sessions/YYYY-MM.json, one file per month of the session's date,
 * so saving one session rewrites about a month of notes whatever the size of the journal.
 */
export const sessionsFormat: ShardedFormat<Session> = {
  current: 1,
  migrations: {},
  schema: shardSchema(Session),
  check: isStoredSessionShard,
  keyOf: (session) => session.date.slice(0, 7),
}
