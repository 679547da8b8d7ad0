import { MAX_STAR_LENGTH, MAX_STARS } from '../../shared/domain/ledger-lines'
import type { Session } from '../../shared/domain/session'
import { isLocalDate, isRecord, isStringAtMost, isTimestamp, isUuid, keyCount } from '../store/fast-checks'
import type { ShardDoc } from '../store/sharded'

/**
 * The fast check of a sessions shard (`sessionsFormat.check`): true only for a shard the zod schema
 * accepts and returns unchanged. The zod schema stays the rule; this is a shortcut for the shape
 * Tandem writes: it copies nothing and runs no regex (10,000 sessions: ~20 ms against zod's ~50 ms,
 * and no 50,000 copied objects left to the collector). Anything unusual (an unknown key, which zod
 * would strip; the nil uuid; a time stamp before year 100) answers false, and zod then decides and
 * explains. tests/unit/sessions-fast-check.test.ts holds the two to the same answers.
 */
export function isStoredSessionShard(doc: unknown): doc is ShardDoc<Session> {
  if (!isRecord(doc)) return false
  const keys = keyCount(doc)
  if (keys !== 3 && !(keys === 4 && isMovedIn(doc.movedIn))) return false
  if (doc.schemaVersion !== 2 || typeof doc.shard !== 'string') return false
  const items = doc.items
  if (!Array.isArray(items)) return false
  for (let i = 0; i < items.length; i++) if (!isStoredSession(items[i])) return false
  return true
}

/** `movedIn`: id -> { from, at }, exactly as zod would keep it. */
function isMovedIn(value: unknown): boolean {
  if (!isRecord(value)) return false
  for (const key in value) {
    const entry = value[key]
    if (!isRecord(entry) || keyCount(entry) !== 2) return false
    if (typeof entry.from !== 'string' || typeof entry.at !== 'number' || !Number.isFinite(entry.at))
      return false
  }
  return true
}

const SESSION_KEYS = 14
const ACTION_ITEM_KEYS = 5

function isStoredSession(value: unknown): value is Session {
  if (!isRecord(value) || keyCount(value) !== SESSION_KEYS) return false
  const s = value
  if (!isUuid(s.id) || !isLocalDate(s.date) || !(s.partnerId === null || isUuid(s.partnerId))) return false
  if (!isStringAtMost(s.title, 200)) return false
  if (typeof s.notes !== 'string' || typeof s.learned !== 'string' || typeof s.shared !== 'string')
    return false
  if (typeof s.private !== 'boolean' || !isStoredStars(s.starred)) return false
  if (!isTimestamp(s.createdAt) || !isTimestamp(s.updatedAt)) return false
  const duration = s.durationMinutes
  if (
    duration !== null &&
    !(Number.isInteger(duration) && (duration as number) >= 0 && (duration as number) <= 1440)
  )
    return false
  const topics = s.topics
  if (!Array.isArray(topics) || topics.length > 30) return false
  for (let i = 0; i < topics.length; i++) {
    const topic: unknown = topics[i]
    if (!isStringAtMost(topic, 60) || topic.length < 1) return false
  }
  const items = s.actionItems
  if (!Array.isArray(items) || items.length > 200) return false
  for (let i = 0; i < items.length; i++) if (!isStoredActionItem(items[i])) return false
  return true
}

function isStoredStars(value: unknown): boolean {
  if (!isRecord(value) || keyCount(value) !== 2) return false
  return isStarList(value.learned) && isStarList(value.shared)
}

function isStarList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > MAX_STARS) return false
  for (let i = 0; i < value.length; i++) {
    const line: unknown = value[i]
    if (!isStringAtMost(line, MAX_STAR_LENGTH) || line.length < 1) return false
  }
  return true
}

function isStoredActionItem(value: unknown): boolean {
  if (!isRecord(value) || keyCount(value) !== ACTION_ITEM_KEYS) return false
  return (
    isUuid(value.id) &&
    isStringAtMost(value.text, 500) &&
    typeof value.done === 'boolean' &&
    (value.due === null || isLocalDate(value.due)) &&
    (value.doneAt === null || isTimestamp(value.doneAt))
  )
}
