import type { OpenActionItem, Session, SessionSummary } from '../../shared/domain/session'
import type {
  OpenActionItemsPage,
  SessionMonth,
  SessionPage,
  SessionPageQuery,
  TopicCount,
} from '../../shared/domain/session-page'

/**
 * The bounded reads behind `sessions:page`, `:months`, `:topics` and `:open-action-items`: plain
 * functions over the sessions newest first, so a screen gets the rows it shows and not the journal.
 */

/** The sessions whose title, partner's name or a topic contains `filter` (any case); all when empty. */
export function matching(
  newestFirst: Session[],
  filter: string | undefined,
  partnerName: (id: string) => string | undefined,
): Session[] {
  const needle = (filter ?? '').trim().toLocaleLowerCase()
  if (needle === '') return newestFirst
  const has = (text: string) => text.toLocaleLowerCase().includes(needle)
  return newestFirst.filter(
    (s) =>
      has(s.title) || (s.partnerId !== null && has(partnerName(s.partnerId) ?? '')) || s.topics.some(has),
  )
}

export function pageOf(
  sessions: Session[],
  query: SessionPageQuery,
  summarize: (s: Session) => SessionSummary,
): SessionPage {
  const end = query.offset + query.limit
  return {
    items: sessions.slice(query.offset, end).map(summarize),
    total: sessions.length,
    offset: query.offset,
    nextOffset: end < sessions.length ? end : null,
  }
}

/** Every month with sessions, newest first, with its count and the offset of its first row. */
export function monthsOf(newestFirst: Session[]): SessionMonth[] {
  const months: SessionMonth[] = []
  for (const [offset, s] of newestFirst.entries()) {
    const month = s.date.slice(0, 7)
    const last = months[months.length - 1]
    if (last?.month === month) last.count += 1
    else months.push({ month, count: 1, offset })
  }
  return months
}

/**
 * Distinct topics with how many sessions use them, most used first. Topics that differ only in case
 * count as one, spelt as on the newest session that uses it.
 */
export function topicsOf(newestFirst: Session[]): TopicCount[] {
  const byKey = new Map<string, TopicCount>()
  for (const s of newestFirst) {
    for (const topic of s.topics) {
      const key = topic.toLocaleLowerCase()
      const held = byKey.get(key)
      if (held) held.count += 1
      else byKey.set(key, { topic, count: 1 })
    }
  }
  return Array.from(byKey.values()).sort(
    (a, b) => b.count - a.count || a.topic.localeCompare(b.topic, undefined, { sensitivity: 'base' }),
  )
}

const NO_DUE_DATE = '9999-12-31'

/** Overdue and soonest due first, undated last; among equals the newer session first. */
function compareOpenItems(a: OpenActionItem, b: OpenActionItem): number {
  const ad = a.item.due ?? NO_DUE_DATE
  const bd = b.item.due ?? NO_DUE_DATE
  if (ad !== bd) return ad < bd ? -1 : 1
  return a.sessionDate === b.sessionDate ? 0 : a.sessionDate < b.sessionDate ? 1 : -1
}

export function openItemsOf(newestFirst: Session[], limit: number): OpenActionItemsPage {
  const open = newestFirst.flatMap((session) =>
    session.actionItems
      .filter((item) => !item.done)
      .map((item) => ({
        sessionId: session.id,
        sessionTitle: session.title,
        sessionDate: session.date,
        partnerId: session.partnerId,
        item,
      })),
  )
  // A stable sort keeps the newest-first order among items of one session and one due date.
  return { items: open.sort(compareOpenItems).slice(0, limit), total: open.length }
}
