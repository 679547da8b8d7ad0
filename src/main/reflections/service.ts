import { randomUUID } from 'node:crypto'
import type { PromptMoment } from '../../shared/domain/prompt'
import type {
  PromptSnapshot,
  Reflection,
  ReflectionDraft,
  ReflectionSummary,
  ReflectionUpdate,
} from '../../shared/domain/reflection'
import type { LinkTarget, TrashLink } from '../../shared/domain/trash'
import { notFound, TandemError } from '../../shared/errors'
import { assertLinked, uniqueIds, withoutId } from '../../shared/linked-ids'
import type { FeatureContext } from '../context'
import type { GoalsService } from '../goals/service'
import type { PromptsService } from '../prompts/service'
import type { SessionsService } from '../sessions/service'
import type { SkillsService } from '../skills/service'
import type { ShardedCollection } from '../store/sharded'
import { reflectionsFormat } from './format'
import { reflectionLinksTo, relinkReflection, withoutMissingLinks } from './links'

export interface ReflectionsService {
  list(): ReflectionSummary[]
  /** Every reflection in full, newest first (for the export, which needs the answers). */
  all(): Reflection[]
  /** Every reflection in no order, without sorting (the search index reads them all after each write). */
  records(): Reflection[]
  /** The reflections of one month ("2026-11", the file they are kept in), in no order. */
  recordsIn(month: string): Reflection[]
  get(id: string): Reflection
  find(id: string): Reflection | undefined
  forSession(sessionId: string): Reflection[]
  create(draft: ReflectionDraft): Promise<Reflection>
  update(update: ReflectionUpdate): Promise<Reflection>
  /** Removes the reflection if it is still there (the trash calls this; nothing links reflections). */
  remove(id: string): Promise<void>
  /** Puts a reflection from the trash back; answers the links it held that cannot come back now. */
  restore(reflection: Reflection): Promise<TrashLink[]>
  /** The links reflections hold to a record about to be deleted (a session, goal or skill). */
  linksTo(target: LinkTarget, id: string): TrashLink[]
  /** The local date each prompt was last answered on, for the rotation. */
  lastAnswered(): Map<string, string>
  /** Dates of reflections on review prompts of each kind. */
  reviewDates(): { weekly: string[]; monthly: string[] }
}

function newestFirst(a: Reflection, b: Reflection): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
}

export function summarizeReflection(r: Reflection): ReflectionSummary {
  // A plain-text glimpse: markdown marks (emphasis, headings, list bullets, quotes) left out.
  const flat = r.answer
    .replace(/^\s*(?:[-*+]|\d+\.|#{1,6}|>)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return {
    id: r.id,
    date: r.date,
    prompt: r.prompt,
    excerpt: flat.length > 200 ? `${flat.slice(0, 199)}…` : flat,
    confidence: r.confidence,
    sessionId: r.sessionId,
    goalIds: r.goalIds,
    skillIds: r.skillIds,
    private: r.private,
    updatedAt: r.updatedAt,
  }
}

export interface ReflectionsDeps {
  prompts: Pick<PromptsService, 'find'>
  sessions: Pick<SessionsService, 'find'>
  goals: Pick<GoalsService, 'find'>
  skills: Pick<SkillsService, 'find'>
}

export async function openReflections(
  ctx: FeatureContext,
  deps: ReflectionsDeps,
): Promise<ReflectionsService> {
  const store: ShardedCollection<Reflection> = await ctx.journal.sharded('reflections', reflectionsFormat)

  function get(id: string): Reflection {
    const reflection = store.get(id)
    if (!reflection) throw notFound('reflection')
    return reflection
  }

  function assertLinks(draft: Pick<ReflectionDraft, 'sessionId' | 'goalIds' | 'skillIds'>): void {
    if (draft.sessionId !== null && deps.sessions.find(draft.sessionId) === undefined) {
      throw new TandemError('invalid-input', 'That session no longer exists. Pick another one.', 'sessionId')
    }
    assertLinked(draft.goalIds, (id) => deps.goals.find(id) !== undefined, 'goals', 'goalIds')
    assertLinked(draft.skillIds, (id) => deps.skills.find(id) !== undefined, 'skills', 'skillIds')
  }

  function snapshotOf(promptId: string | null): PromptSnapshot | null {
    if (promptId === null) return null
    const prompt = deps.prompts.find(promptId)
    if (!prompt)
      throw new TandemError('invalid-input', 'That prompt no longer exists. Pick another one.', 'promptId')
    return { id: prompt.id, text: prompt.text, theme: prompt.theme, moment: prompt.moment }
  }

  /**
   * Drops one linked id from every reflection that holds it, when the linked record is deleted. The
   * puts go out together so writes to one month's file coalesce instead of waiting on each other.
   */
  async function dropLinks(change: (r: Reflection) => Reflection | null): Promise<void> {
    const now = ctx.clock.now().toISOString()
    const changed = store.all().flatMap((r) => change(r) ?? [])
    await Promise.all(changed.map((r) => store.put({ ...r, updatedAt: now })))
  }
  ctx.events.on('session:deleted', ({ id }) =>
    dropLinks((r) => (r.sessionId === id ? { ...r, sessionId: null } : null)),
  )
  ctx.events.on('goal:deleted', ({ id }) =>
    dropLinks((r) => {
      const goalIds = withoutId(r.goalIds, id)
      return goalIds && { ...r, goalIds }
    }),
  )
  ctx.events.on('skill:deleted', ({ id }) =>
    dropLinks((r) => {
      const skillIds = withoutId(r.skillIds, id)
      return skillIds && { ...r, skillIds }
    }),
  )

  /** Puts back the links reflections held to a restored record (reflections that are gone are skipped). */
  async function relink(links: TrashLink[]): Promise<void> {
    const now = ctx.clock.now().toISOString()
    const changed = new Map<string, Reflection>()
    for (const link of links) {
      const reflection = changed.get(link.holderId) ?? store.get(link.holderId)
      const next = reflection && relinkReflection(reflection, link)
      if (next) changed.set(next.id, { ...next, updatedAt: now })
    }
    await Promise.all(Array.from(changed.values(), (r) => store.put(r)))
  }
  ctx.events.on('session:restored', ({ links }) => relink(links))
  ctx.events.on('goal:restored', ({ links }) => relink(links))
  ctx.events.on('skill:restored', ({ links }) => relink(links))

  function datesOf(moment: PromptMoment): string[] {
    return store
      .all()
      .filter((r) => r.prompt?.moment === moment)
      .map((r) => r.date)
  }

  return {
    list: () => store.all().sort(newestFirst).map(summarizeReflection),
    all: () => store.all().sort(newestFirst),
    records: () => store.all(),
    recordsIn: (month) => store.itemsIn(month),
    get,
    find: (id) => store.get(id),
    forSession: (sessionId) =>
      store
        .all()
        .filter((r) => r.sessionId === sessionId)
        .sort(newestFirst),
    async create({ promptId, ...draft }) {
      assertLinks(draft)
      const now = ctx.clock.now().toISOString()
      const reflection: Reflection = {
        id: randomUUID(),
        ...draft,
        prompt: snapshotOf(promptId),
        goalIds: uniqueIds(draft.goalIds),
        skillIds: uniqueIds(draft.skillIds),
        createdAt: now,
        updatedAt: now,
      }
      await store.put(reflection)
      return reflection
    },
    async update({ id, ...draft }) {
      const existing = get(id)
      assertLinks(draft)
      const reflection: Reflection = {
        ...existing,
        ...draft,
        goalIds: uniqueIds(draft.goalIds),
        skillIds: uniqueIds(draft.skillIds),
        updatedAt: ctx.clock.now().toISOString(),
      }
      await store.put(reflection)
      return reflection
    },
    async remove(id) {
      await store.remove(id)
    },
    async restore(trashed) {
      if (store.get(trashed.id)) return []
      const { reflection, missing } = withoutMissingLinks(trashed, {
        session: (id) => deps.sessions.find(id) !== undefined,
        goal: (id) => deps.goals.find(id) !== undefined,
        skill: (id) => deps.skills.find(id) !== undefined,
      })
      await store.put(reflection)
      return missing
    },
    linksTo: (target, id) => reflectionLinksTo(store.all(), target, id),
    lastAnswered() {
      const last = new Map<string, string>()
      for (const r of store.all()) {
        if (!r.prompt) continue
        const seen = last.get(r.prompt.id)
        if (seen === undefined || r.date > seen) last.set(r.prompt.id, r.date)
      }
      return last
    },
    reviewDates: () => ({ weekly: datesOf('weekly-review'), monthly: datesOf('monthly-review') }),
  }
}
