import { randomUUID } from 'node:crypto'
import { uniqueIgnoringCase } from '../../shared/domain/common'
import { keepStars, noStars } from '../../shared/domain/ledger-lines'
import type { PartnerOverview } from '../../shared/domain/partner'
import {
  type ActionItem,
  type ActionItemInput,
  type Session,
  type SessionDraft,
  type SessionSummary,
  type SessionUpdate,
  summarize,
} from '../../shared/domain/session'
import type {
  OpenActionItemsPage,
  SessionMonth,
  SessionPage,
  SessionPageQuery,
  TopicCount,
} from '../../shared/domain/session-page'
import { type LinkTarget, type TrashLink, titleOf } from '../../shared/domain/trash'
import { notFound, TandemError } from '../../shared/errors'
import { RecentlyRemoved } from '../../shared/recently-removed'
import type { FeatureContext } from '../context'
import type { PartnersService } from '../partners/service'
import type { ShardedCollection } from '../store/sharded'
import { sessionsFormat } from './format'
import { matching, monthsOf, openItemsOf, pageOf, topicsOf } from './pages'

export interface SessionsService {
  list(): SessionSummary[]
  /** One page of summaries, newest first, of the sessions matching the query's filter. */
  page(query: SessionPageQuery): SessionPage
  /** The "Go to month" index of the sessions matching `filter`. */
  months(filter?: string): SessionMonth[]
  topics(): TopicCount[]
  /** Summaries of the given sessions, newest first; ids the journal does not hold are left out. */
  summaries(ids: string[]): SessionSummary[]
  /** Every session, newest first: for features that read across the journal (review, export). */
  all(): Session[]
  /** Every session in no order, without sorting (the search index reads them all after each write). */
  records(): Session[]
  /** The sessions of one month ("2026-11", the file they are kept in), in no order. */
  recordsIn(month: string): Session[]
  get(id: string): Session
  find(id: string): Session | undefined
  create(draft: SessionDraft): Promise<Session>
  update(update: SessionUpdate): Promise<Session>
  /** Removes the session if it is still there, then tells the other features (the trash calls this). */
  remove(id: string): Promise<void>
  /** Puts a session from the trash back; answers the links it held that cannot come back now. */
  restore(session: Session): Promise<TrashLink[]>
  /** The links sessions hold to a record about to be deleted (a partner). */
  linksTo(target: LinkTarget, id: string): TrashLink[]
  /** The first `limit` open items, overdue and soonest due first, and how many are open in all. */
  openActionItemsPage(limit: number): OpenActionItemsPage
  /** For every partner: how many sessions, the first and the last one's date (the People screen). */
  partnerOverview(): PartnerOverview[]
  setActionItemDone(sessionId: string, itemId: string, done: boolean): Promise<Session>
}

/** Newest first: by date, then by when it was written. */
export function compareNewestFirst(a: Session, b: Session): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

/** One list row of a session; shared with the renderer, which updates cached rows after a save. */
export { summarize }

/** When an item was ticked: kept while it stays done, `now` when it becomes done, null when it is not. */
function doneAtOf(previous: ActionItem | undefined, done: boolean, now: string): string | null {
  return done ? (previous?.done ? previous.doneAt : now) : null
}

/**
 * Merges the editor's action items with what is stored: keeps ids, stamps when an item was ticked.
 * An id the session no longer holds but `removed` knows (an item the × removed, sent again by Undo)
 * brings that item back as it was.
 */
export function mergeActionItems(
  previous: ActionItem[],
  incoming: ActionItemInput[],
  now: string,
  removed?: (id: string) => ActionItem | undefined,
): ActionItem[] {
  const before = new Map(previous.map((item) => [item.id, item]))
  return incoming.map((input) => {
    const old = input.id === undefined ? undefined : (before.get(input.id) ?? removed?.(input.id))
    const doneAt = doneAtOf(old, input.done, now)
    return { id: old?.id ?? randomUUID(), text: input.text, done: input.done, due: input.due, doneAt }
  })
}

export interface SessionsDeps {
  partners: Pick<PartnersService, 'get' | 'list'>
}

export async function openSessions(ctx: FeatureContext, deps: SessionsDeps): Promise<SessionsService> {
  const store: ShardedCollection<Session> = await ctx.journal.sharded('sessions', sessionsFormat)

  function assertPartner(partnerId: string | null): void {
    if (partnerId !== null && deps.partners.get(partnerId) === undefined) {
      throw new TandemError('invalid-input', 'That partner no longer exists. Pick another one.', 'partnerId')
    }
  }

  function get(id: string): Session {
    const session = store.get(id)
    if (!session) throw notFound('session')
    return session
  }

  const newestFirst = (): Session[] => store.all().sort(compareNewestFirst)
  const partnerName = (id: string) => deps.partners.get(id)?.name
  const removedItems = new RecentlyRemoved<ActionItem>()

  // A deleted partner leaves their sessions, which read "no partner" until the partner is restored.
  ctx.events.on('partner:deleted', async ({ id }) => {
    const now = ctx.clock.now().toISOString()
    const theirs = store.all().filter((s) => s.partnerId === id)
    await Promise.all(theirs.map((s) => store.put({ ...s, partnerId: null, updatedAt: now })))
  })
  ctx.events.on('partner:restored', async ({ id, links }) => {
    const now = ctx.clock.now().toISOString()
    const back = links.flatMap((link) => {
      const session = link.holder === 'session' && link.field === 'partnerId' && store.get(link.holderId)
      return session && session.partnerId === null ? [{ ...session, partnerId: id, updatedAt: now }] : []
    })
    await Promise.all(back.map((s) => store.put(s)))
  })

  return {
    list: () => newestFirst().map(summarize),
    page: (query) => pageOf(matching(newestFirst(), query.filter, partnerName), query, summarize),
    months: (filter) => monthsOf(matching(newestFirst(), filter, partnerName)),
    topics: () => topicsOf(newestFirst()),
    summaries(ids) {
      const found = ids.flatMap((id) => store.get(id) ?? [])
      return Array.from(new Map(found.map((s) => [s.id, s])).values())
        .sort(compareNewestFirst)
        .map(summarize)
    },
    openActionItemsPage: (limit) => openItemsOf(newestFirst(), limit),
    all: newestFirst,
    records: () => store.all(),
    recordsIn: (month) => store.itemsIn(month),
    get,
    find: (id) => store.get(id),
    async create(draft) {
      assertPartner(draft.partnerId)
      const now = ctx.clock.now().toISOString()
      const session: Session = {
        id: randomUUID(),
        ...draft,
        starred: keepStars(draft.starred ?? noStars(), draft),
        topics: uniqueIgnoringCase(draft.topics),
        actionItems: mergeActionItems([], draft.actionItems, now),
        createdAt: now,
        updatedAt: now,
      }
      await store.put(session)
      return session
    },
    async update(update) {
      const existing = get(update.id)
      assertPartner(update.partnerId)
      const now = ctx.clock.now().toISOString()
      const { id: _id, ...draft } = update
      const session: Session = {
        ...existing,
        ...draft,
        starred: keepStars(draft.starred ?? existing.starred, draft),
        topics: uniqueIgnoringCase(draft.topics),
        actionItems: mergeActionItems(existing.actionItems, draft.actionItems, now, (itemId) =>
          removedItems.get(itemId),
        ),
        updatedAt: now,
      }
      await store.put(session)
      removedItems.note(existing.actionItems, session.actionItems)
      return session
    },
    async remove(id) {
      await store.remove(id)
      await ctx.events.emit('session:deleted', { id })
    },
    async restore(session) {
      if (store.get(session.id)) return []
      const missing: TrashLink[] = []
      let partnerId = session.partnerId
      if (partnerId !== null && deps.partners.get(partnerId) === undefined) {
        missing.push({
          holder: 'session',
          holderId: session.id,
          holderTitle: titleOf.session(session),
          field: 'partnerId',
          target: 'partner',
          targetId: partnerId,
        })
        partnerId = null
      }
      await store.put({ ...session, partnerId })
      return missing
    },
    linksTo(target, id) {
      if (target !== 'partner') return []
      return store
        .all()
        .filter((s) => s.partnerId === id)
        .map((s) => ({
          holder: 'session',
          holderId: s.id,
          holderTitle: titleOf.session(s),
          field: 'partnerId',
          target,
          targetId: id,
        }))
    },
    partnerOverview() {
      const tallies = new Map<string, PartnerOverview>()
      for (const s of store.all()) {
        if (s.partnerId === null) continue
        const tally = tallies.get(s.partnerId)
        if (!tally) {
          tallies.set(s.partnerId, {
            partnerId: s.partnerId,
            sessionCount: 1,
            firstSessionOn: s.date,
            lastSessionOn: s.date,
          })
          continue
        }
        tally.sessionCount += 1
        if (tally.firstSessionOn === null || s.date < tally.firstSessionOn) tally.firstSessionOn = s.date
        if (tally.lastSessionOn === null || s.date > tally.lastSessionOn) tally.lastSessionOn = s.date
      }
      return deps.partners.list().map(
        (p) =>
          tallies.get(p.id) ?? {
            partnerId: p.id,
            sessionCount: 0,
            firstSessionOn: null,
            lastSessionOn: null,
          },
      )
    },
    async setActionItemDone(sessionId, itemId, done) {
      const existing = get(sessionId)
      if (!existing.actionItems.some((item) => item.id === itemId)) throw notFound('action item')
      const now = ctx.clock.now().toISOString()
      const session: Session = {
        ...existing,
        actionItems: existing.actionItems.map((item) =>
          item.id === itemId ? { ...item, done, doneAt: doneAtOf(item, done, now) } : item,
        ),
        updatedAt: now,
      }
      await store.put(session)
      return session
    },
  }
}
