import { randomUUID } from 'node:crypto'
import { localToday } from '../../shared/domain/common'
import type {
  PracticeDraft,
  PracticeEntry,
  ReviewRequest,
  Skill,
  SkillDetail,
  SkillDraft,
  SkillsSummary,
  SkillUpdate,
  SkillView,
} from '../../shared/domain/skill'
import type { LinkTarget, SkillWithPractice, TrashLink } from '../../shared/domain/trash'
import { notFound, TandemError } from '../../shared/errors'
import { assertLinked, uniqueIds, withoutId } from '../../shared/linked-ids'
import { isDue, newReviewState, review as reviewState } from '../../shared/review-schedule'
import type { FeatureContext } from '../context'
import type { GoalsService } from '../goals/service'
import type { PartnersService } from '../partners/service'
import type { SessionsService } from '../sessions/service'
import { practiceFormat, skillsFormat } from './format'
import { compareOldestFirst, levelHistory, viewOf } from './history'
import { freeName, relinkSkill, skillLinksTo, withoutMissingLinks } from './links'
import { summarize } from './summary'

export interface SkillsService {
  list(): SkillView[]
  get(id: string): SkillDetail
  /** The skill, or undefined when there is none with that id (for other features checking links). */
  find(id: string): Skill | undefined
  create(draft: SkillDraft): Promise<SkillView>
  update(update: SkillUpdate): Promise<SkillView>
  /** The skill with its practice log, as the trash keeps it. */
  findWithPractice(id: string): SkillWithPractice | undefined
  /** Removes the skill and its practice log if still there, then tells the other features (the trash calls this). */
  remove(id: string): Promise<void>
  /** Puts a skill and its practice log from the trash back; answers the links it held that cannot come back now. */
  restore(record: SkillWithPractice): Promise<TrashLink[]>
  /** The links skills hold to a record about to be deleted (a session, goal or partner). */
  linksTo(target: LinkTarget, id: string): TrashLink[]
  logPractice(draft: PracticeDraft): Promise<PracticeEntry>
  findPractice(id: string): PracticeEntry | undefined
  /** Removes the practice entry if still there (the trash calls this; the channel goes through the trash). */
  removePractice(id: string): Promise<void>
  /** Puts a practice entry from the trash back; refuses when its skill is gone. */
  restorePractice(entry: PracticeEntry): Promise<void>
  reviewQueue(): SkillView[]
  review(input: ReviewRequest): Promise<SkillView>
  summary(): SkillsSummary
}

export interface SkillsDeps {
  partners: Pick<PartnersService, 'get'>
  sessions: Pick<SessionsService, 'find'>
  goals: Pick<GoalsService, 'find'>
}

const byName = (a: SkillView, b: SkillView) => a.name.localeCompare(b.name)

export async function openSkills(ctx: FeatureContext, deps: SkillsDeps): Promise<SkillsService> {
  const doc = await ctx.journal.document('skills.json', skillsFormat)
  const practice = await ctx.journal.sharded('practice', practiceFormat)
  // skillId -> its practice entries, kept beside the collection so reading a skill never scans every log.
  const logs = new Map<string, PracticeEntry[]>()
  const remember = (entry: PracticeEntry) => {
    const log = logs.get(entry.skillId)
    if (log) log.push(entry)
    else logs.set(entry.skillId, [entry])
  }
  for (const entry of practice.all()) remember(entry)

  const today = () => localToday(ctx.clock.now())
  const find = (id: string) => doc.data.skills.find((s) => s.id === id)
  const view = (skill: Skill) => viewOf(skill, logs.get(skill.id) ?? [])

  function getSkill(id: string): Skill {
    const skill = find(id)
    if (!skill) throw notFound('skill')
    return skill
  }

  function check(draft: SkillDraft, exceptId?: string): void {
    const name = draft.name.toLocaleLowerCase()
    const clash = doc.data.skills.find(
      (s) => s.id !== exceptId && s.direction === draft.direction && s.name.toLocaleLowerCase() === name,
    )
    if (clash) {
      const what = draft.direction === 'learned' ? 'learned' : 'taught'
      throw new TandemError('conflict', `You already have a skill ${what} called "${clash.name}".`, 'name')
    }
    if (draft.partnerId !== null && deps.partners.get(draft.partnerId) === undefined) {
      throw new TandemError('invalid-input', 'That person is no longer in your partner list.', 'partnerId')
    }
    if (draft.firstMet !== null && draft.firstMet > today()) {
      throw new TandemError('invalid-input', 'The day you first met it cannot be in the future.', 'firstMet')
    }
    assertLinked(draft.sessionIds, (id) => deps.sessions.find(id) !== undefined, 'sessions', 'sessionIds')
    assertLinked(draft.goalIds, (id) => deps.goals.find(id) !== undefined, 'goals', 'goalIds')
  }

  async function replace(skill: Skill): Promise<void> {
    await doc.change((data) => {
      data.skills = data.skills.map((s) => (s.id === skill.id ? skill : s))
    })
  }

  async function addEntry(entry: PracticeEntry): Promise<void> {
    await practice.put(entry)
    remember(entry)
  }

  async function dropLinks(change: (skill: Skill) => Skill | null): Promise<void> {
    const changed = doc.data.skills.flatMap((s) => {
      const next = change(s)
      return next ? [next] : []
    })
    if (changed.length === 0) return
    const now = ctx.clock.now().toISOString()
    const byId = new Map(changed.map((s) => [s.id, { ...s, updatedAt: now }]))
    await doc.change((data) => {
      data.skills = data.skills.map((s) => byId.get(s.id) ?? s)
    })
  }

  ctx.events.on('session:deleted', ({ id }) =>
    dropLinks((s) => {
      const sessionIds = withoutId(s.sessionIds, id)
      return sessionIds && { ...s, sessionIds }
    }),
  )
  ctx.events.on('goal:deleted', ({ id }) =>
    dropLinks((s) => {
      const goalIds = withoutId(s.goalIds, id)
      return goalIds && { ...s, goalIds }
    }),
  )
  // A deleted partner leaves their skills, which read "no partner" until the partner is restored.
  ctx.events.on('partner:deleted', ({ id }) =>
    dropLinks((s) => (s.partnerId === id ? { ...s, partnerId: null } : null)),
  )

  /** Puts back the links skills held to a restored record (skills that are gone are skipped). */
  async function relink(links: TrashLink[]): Promise<void> {
    const changed = new Map<string, Skill>()
    for (const link of links) {
      const skill = changed.get(link.holderId) ?? find(link.holderId)
      const next = skill && relinkSkill(skill, link)
      if (next) changed.set(next.id, next)
    }
    if (changed.size === 0) return
    const now = ctx.clock.now().toISOString()
    await doc.change((data) => {
      data.skills = data.skills.map((s) => {
        const next = changed.get(s.id)
        return next ? { ...next, updatedAt: now } : s
      })
    })
  }
  ctx.events.on('session:restored', ({ links }) => relink(links))
  ctx.events.on('goal:restored', ({ links }) => relink(links))
  ctx.events.on('partner:restored', ({ links }) => relink(links))

  const service: SkillsService = {
    list: () => doc.data.skills.map(view).sort(byName),
    find,
    get(id) {
      const skill = getSkill(id)
      const entries = logs.get(id) ?? []
      return {
        skill: view(skill),
        practice: [...entries].sort(compareOldestFirst).reverse(),
        history: levelHistory(skill, entries),
      }
    },
    async create(draft) {
      check(draft)
      const now = ctx.clock.now().toISOString()
      const skill: Skill = {
        id: randomUUID(),
        ...draft,
        sessionIds: uniqueIds(draft.sessionIds),
        goalIds: uniqueIds(draft.goalIds),
        review: newReviewState(today()),
        createdAt: now,
        updatedAt: now,
      }
      await doc.change((data) => {
        data.skills.push(skill)
      })
      return view(skill)
    },
    async update(update) {
      const existing = getSkill(update.id)
      check(update, update.id)
      const { id: _id, ...draft } = update
      const skill: Skill = {
        ...existing,
        ...draft,
        sessionIds: uniqueIds(draft.sessionIds),
        goalIds: uniqueIds(draft.goalIds),
        updatedAt: ctx.clock.now().toISOString(),
      }
      await replace(skill)
      return view(skill)
    },
    findWithPractice(id) {
      const skill = find(id)
      return skill && { skill, practice: [...(logs.get(id) ?? [])] }
    },
    async remove(id) {
      if (find(id)) {
        await doc.change((data) => {
          data.skills = data.skills.filter((s) => s.id !== id)
        })
      }
      const entries = logs.get(id) ?? []
      logs.delete(id)
      await Promise.all(entries.map((e) => practice.remove(e.id)))
      await ctx.events.emit('skill:deleted', { id })
    },
    // The skill first, then its practice log; run again (after a crash) it adds only what is missing.
    async restore(record) {
      let missing: TrashLink[] = []
      if (!find(record.skill.id)) {
        const checked = withoutMissingLinks(record.skill, {
          partner: (id) => deps.partners.get(id) !== undefined,
          session: (id) => deps.sessions.find(id) !== undefined,
          goal: (id) => deps.goals.find(id) !== undefined,
        })
        missing = checked.missing
        const restored = { ...checked.skill, name: freeName(doc.data.skills, checked.skill) }
        await doc.change((data) => {
          data.skills.push(restored)
        })
      }
      const gone = record.practice.filter((e) => practice.get(e.id) === undefined)
      await Promise.all(gone.map(addEntry))
      return missing
    },
    linksTo: (target, id) => skillLinksTo(doc.data.skills, target, id),
    findPractice: (id) => practice.get(id),
    async restorePractice(entry) {
      getSkill(entry.skillId)
      if (practice.get(entry.id) === undefined) await addEntry(entry)
    },
    // The router has validated the draft (and review() builds one from a validated request): only the
    // session's default is left to fill in, not a second parse.
    async logPractice(input) {
      const draft = { ...input, sessionId: input.sessionId ?? null }
      const skill = getSkill(draft.skillId)
      if (draft.date > today()) {
        throw new TandemError('invalid-input', 'A practice entry cannot be in the future.', 'date')
      }
      if (draft.sessionId !== null && !skill.sessionIds.includes(draft.sessionId)) {
        if (deps.sessions.find(draft.sessionId) === undefined) throw notFound('session')
        await replace({ ...skill, sessionIds: [...skill.sessionIds, draft.sessionId] })
      }
      const entry: PracticeEntry = {
        id: randomUUID(),
        skillId: skill.id,
        date: draft.date,
        note: draft.note,
        levelAfter: draft.levelAfter,
        createdAt: ctx.clock.now().toISOString(),
      }
      await addEntry(entry)
      return entry
    },
    async removePractice(id) {
      const entry = practice.get(id)
      if (!entry) return
      await practice.remove(id)
      logs.set(
        entry.skillId,
        (logs.get(entry.skillId) ?? []).filter((e) => e.id !== id),
      )
    },
    reviewQueue() {
      const day = today()
      return doc.data.skills
        .filter((s) => isDue(s.review, day))
        .map(view)
        .sort((a, b) =>
          a.review.nextReview < b.review.nextReview
            ? -1
            : a.review.nextReview > b.review.nextReview
              ? 1
              : byName(a, b),
        )
    },
    async review({ skillId, rating, practice: logged }) {
      const skill = getSkill(skillId)
      const day = today()
      if (skill.review.lastReviewed === day) {
        throw new TandemError(
          'conflict',
          `You already reviewed "${skill.name}" today. It comes back on ${skill.review.nextReview}.`,
        )
      }
      const next: Skill = {
        ...skill,
        review: reviewState(skill.review, rating, day),
        updatedAt: ctx.clock.now().toISOString(),
      }
      await replace(next)
      if (logged)
        await service.logPractice({ skillId, date: day, note: logged.note, levelAfter: logged.levelAfter })
      return view(getSkill(skillId))
    },
    summary: () => summarize(doc.data.skills.map(view)),
  }
  return service
}
