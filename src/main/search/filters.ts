import type { SearchQuery } from '../../shared/domain/search'
import type { SearchDoc } from './documents'

/** The session documents as indexed now, for the records that hang on a session. */
export type SessionLookup = (id: string) => SearchDoc | undefined

/**
 * The query's filters over one indexed record. Privacy follows the export's rule (a record's own
 * "Keep out of exports" switch), and a reflection written after a private session stays out with it.
 */
export function matchesFilters(doc: SearchDoc, q: SearchQuery, session: SessionLookup): boolean {
  if (q.kinds && q.kinds.length > 0 && !q.kinds.includes(doc.kind)) return false
  if (!q.includePrivate) {
    if (doc.private) return false
    if (doc.kind === 'reflection' && doc.sessionIds.some((id) => session(id)?.private === true)) return false
  }
  if (q.partnerId) {
    const partnerId = q.partnerId
    const own = doc.partnerId === partnerId
    if (!own && !doc.sessionIds.some((id) => session(id)?.partnerId === partnerId)) return false
  }
  if (q.from || q.to) {
    if (doc.date === null) return false
    if (q.from && doc.date < q.from) return false
    if (q.to && doc.date > q.to) return false
  }
  if (q.topic) {
    const topic = q.topic.trim().toLocaleLowerCase()
    if (topic !== '' && !doc.topics.some((t) => t.toLocaleLowerCase() === topic)) return false
  }
  return true
}
