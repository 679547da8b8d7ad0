import { randomUUID } from 'node:crypto'
import { uniqueIgnoringCase } from '../../shared/domain/common'
import type {
  ActionItem,
  ActionItemInput,
  OpenActionItem,
  Session,
  SessionDraft,
  SessionSummary,
  SessionUpdate,
} from '../../shared/domain/session'
import { notFound, TandemError } from '../../shared/errors'
import type { FeatureContext } from '../context'
import type { PartnersService } from '../partners/service'
import type { ShardedCollection } from '../store/sharded'
import { sessionsFormat } from './format'

export interface SessionsService {
  list(): SessionSummary[]
  /** Every session, newest first: for features that read across the journal (review, export). */
  all(): Session[]
  get(id: string): Session
  find(id: string): Session | undefined
  create(draft: SessionDraft): Promise<Session>
  update(update: SessionUpdate): Promise<Session>
  remove(id: string): Promise<void>
  openActionItems(): OpenActionItem[]
  setActionItemDone(sessionId: string, itemId: string, done: boolean): Promise<Session>
}

/** Newest first: by date, then by when it was written. */
export function compareNewestFirst(a: Session, b: Session): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

export function summarize(session: Session): SessionSummary {
  return {
    id: session.id,
    date: session.date,
    title: session.title,
    partnerId: session.partnerId,
    topics: session.topics,
    openActionItems: session.actionItems.filter((item) => !item.done).length,
    actionItems: session.actionItems.length,
    durationMinutes: session.durationMinutes,
    private: session.private,
    updatedAt: session.updatedAt,
  }
}

/** When an item was ticked: kept while it stays done, `now` when it becomes done, null when it is not. */
function doneAtOf(previous: ActionItem | undefined, done: boolean, now: string): string | null {
  return done ? (previous?.done ? previous.doneAt : now) : null
}

/** Merges the editor's action items with what is stored: keeps ids, stamps when an item was ticked. */
export function mergeActionItems(
  previous: ActionItem[],
  incoming: ActionItemInput[],
  now: string,
): ActionItem[] {
  const before = new Map(previous.map((item) => [item.id, item]))
  return incoming.map((input) => {
    const old = input.id === undefined ? undefined : before.get(input.id)
    const doneAt = doneAtOf(old, input.done, now)
    return { id: old?.id ?? randomUUID(), text: input.text, done: input.done, due: input.due, doneAt }
  })
}

export interface SessionsDeps {
  partners: Pick<PartnersService, 'get'>
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

  return {
    list: () => newestFirst().map(summarize),
    all: newestFirst,
    get,
    find: (id) => store.get(id),
    async create(draft) {
      assertPartner(draft.partnerId)
      const now = ctx.clock.now().toISOString()
      const session: Session = {
        id: randomUUID(),
        ...draft,
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
        topics: uniqueIgnoringCase(draft.topics),
        actionItems: mergeActionItems(existing.actionItems, draft.actionItems, now),
        updatedAt: now,
      }
      await store.put(session)
      return session
    },
    async remove(id) {
      get(id)
      await store.remove(id)
      await ctx.events.emit('session:deleted', { id })
    },
    openActionItems() {
      return newestFirst().flatMap((session) =>
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
