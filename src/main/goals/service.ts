import { randomUUID } from 'node:crypto'
import { localToday } from '../../shared/domain/common'
import type {
  CheckInDraft,
  Goal,
  GoalDraft,
  GoalsDue,
  GoalUpdate,
  Milestone,
  StatusChangeInput,
} from '../../shared/domain/goal'
import { compareGoals, computeProgress, progressOn } from '../../shared/domain/goal-progress'
import { type LinkTarget, type PlacedCheckIn, type TrashLink, titleOf } from '../../shared/domain/trash'
import { notFound, TandemError } from '../../shared/errors'
import { withAddedId } from '../../shared/linked-ids'
import { RecentlyRemoved } from '../../shared/recently-removed'
import type { FeatureContext } from '../context'
import type { SessionsService } from '../sessions/service'
import { dueSummary } from './due'
import { goalsFormat } from './format'
import { mergeMilestones } from './milestones'
import { changeStatus } from './status'

export interface GoalsService {
  list(): Goal[]
  get(id: string): Goal
  /** The goal, or undefined when there is none with that id (for other features checking links). */
  find(id: string): Goal | undefined
  create(draft: GoalDraft): Promise<Goal>
  update(update: GoalUpdate): Promise<Goal>
  /** Removes the goal if it is still there, then tells the other features (the trash calls this). */
  remove(id: string): Promise<void>
  /** Puts a goal from the trash back; answers the links it held that cannot come back now. */
  restore(goal: Goal): Promise<TrashLink[]>
  /** The links goals hold to a record about to be deleted (a session). */
  linksTo(target: LinkTarget, id: string): TrashLink[]
  addCheckIn(draft: CheckInDraft): Promise<Goal>
  /** The check-in, its goal and its place there; undefined when there is none with that id. */
  findCheckIn(checkInId: string): PlacedCheckIn | undefined
  /** Removes the check-in if it is still there (the trash calls this; the channel goes through the trash). */
  removeCheckIn(goalId: string, checkInId: string): Promise<Goal>
  /** Puts a check-in from the trash back where it was; refuses when its goal is gone. */
  restoreCheckIn(placed: PlacedCheckIn): Promise<void>
  setStatus(input: StatusChangeInput): Promise<Goal>
  linkSession(goalId: string, sessionId: string): Promise<Goal>
  unlinkSession(goalId: string, sessionId: string): Promise<Goal>
  milestoneFromActionItem(goalId: string, sessionId: string, itemId: string): Promise<Goal>
  dueSoon(): GoalsDue
}

export interface GoalsDeps {
  sessions: Pick<SessionsService, 'find'>
}

export async function openGoals(ctx: FeatureContext, deps: GoalsDeps): Promise<GoalsService> {
  const doc = await ctx.journal.document('goals.json', goalsFormat)
  const now = () => ctx.clock.now().toISOString()

  function get(id: string): Goal {
    const goal = doc.data.goals.find((g) => g.id === id)
    if (!goal) throw notFound('goal')
    return goal
  }

  async function save(goal: Goal): Promise<Goal> {
    await doc.change((data) => {
      data.goals = data.goals.map((g) => (g.id === goal.id ? goal : g))
    })
    return goal
  }

  function assertSession(sessionId: string) {
    const session = deps.sessions.find(sessionId)
    if (!session) throw notFound('session')
    return session
  }

  const removedMilestones = new RecentlyRemoved<Milestone>()

  // A restored session is linked again from the goals that linked it, and its milestones' origins.
  ctx.events.on('session:restored', async ({ id: sessionId, links }) => {
    const mine = links.filter((link) => link.holder === 'goal')
    if (mine.length === 0) return
    const at = now()
    const changed = new Map<string, Goal>()
    for (const link of mine) {
      const goal = changed.get(link.holderId) ?? doc.data.goals.find((g) => g.id === link.holderId)
      if (!goal) continue
      changed.set(goal.id, relinkSession(goal, sessionId, link, at))
    }
    await doc.change((data) => {
      data.goals = data.goals.map((g) => changed.get(g.id) ?? g)
    })
  })

  // A deleted session leaves every goal it was linked to; the milestones made from it stay.
  ctx.events.on('session:deleted', async ({ id: sessionId }) => {
    const touched = doc.data.goals.some(
      (g) =>
        g.sessionIds.includes(sessionId) ||
        g.milestones.some((m) => m.fromActionItem?.sessionId === sessionId),
    )
    if (!touched) return
    await doc.change((data) => {
      data.goals = data.goals.map((g) => ({
        ...g,
        sessionIds: g.sessionIds.filter((id) => id !== sessionId),
        milestones: g.milestones.map((m) =>
          m.fromActionItem?.sessionId === sessionId ? { ...m, fromActionItem: null } : m,
        ),
      }))
    })
  })

  return {
    list: () => [...doc.data.goals].sort(compareGoals),
    get,
    find: (id) => doc.data.goals.find((g) => g.id === id),
    async create(draft) {
      const at = now()
      const { milestones, ...fields } = draft
      const goal: Goal = {
        id: randomUUID(),
        ...fields,
        status: 'active',
        closedAt: null,
        closingReflection: '',
        statusHistory: [{ status: 'active', at, reflection: '' }],
        milestones: mergeMilestones([], milestones, at),
        checkIns: [],
        sessionIds: [],
        createdAt: at,
        updatedAt: at,
      }
      await doc.change((data) => {
        data.goals.push(goal)
      })
      return goal
    },
    async update(update) {
      const existing = get(update.id)
      const at = now()
      const { id: _id, milestones, ...fields } = update
      const goal = await save({
        ...existing,
        ...fields,
        milestones: mergeMilestones(existing.milestones, milestones, at, (id) => removedMilestones.get(id)),
        updatedAt: at,
      })
      removedMilestones.note(existing.milestones, goal.milestones)
      return goal
    },
    async remove(id) {
      if (doc.data.goals.some((g) => g.id === id)) {
        await doc.change((data) => {
          data.goals = data.goals.filter((g) => g.id !== id)
        })
      }
      await ctx.events.emit('goal:deleted', { id })
    },
    async restore(goal) {
      if (doc.data.goals.some((g) => g.id === goal.id)) return []
      const missing: TrashLink[] = []
      const link = (targetId: string, milestone?: TrashLink['milestone']): TrashLink => ({
        holder: 'goal',
        holderId: goal.id,
        holderTitle: goal.title,
        field: milestone ? 'milestone' : 'sessionIds',
        target: 'session',
        targetId,
        ...(milestone ? { milestone } : {}),
      })
      const sessionIds = goal.sessionIds.filter((id) => {
        if (deps.sessions.find(id)) return true
        missing.push(link(id))
        return false
      })
      const milestones = goal.milestones.map((m) => {
        const from = m.fromActionItem
        if (from === null || deps.sessions.find(from.sessionId)) return m
        missing.push(link(from.sessionId, { id: m.id, itemId: from.itemId }))
        return { ...m, fromActionItem: null }
      })
      await doc.change((data) => {
        data.goals.push({ ...goal, sessionIds, milestones })
      })
      return missing
    },
    linksTo(target, id) {
      if (target !== 'session') return []
      return doc.data.goals.flatMap((g): TrashLink[] => {
        const base = {
          holder: 'goal',
          holderId: g.id,
          holderTitle: titleOf.goal(g),
          target,
          targetId: id,
        } as const
        const linked: TrashLink[] = g.sessionIds.includes(id) ? [{ ...base, field: 'sessionIds' }] : []
        for (const m of g.milestones) {
          if (m.fromActionItem?.sessionId !== id) continue
          linked.push({
            ...base,
            field: 'milestone',
            milestone: { id: m.id, itemId: m.fromActionItem.itemId },
          })
        }
        return linked
      })
    },
    findCheckIn(checkInId) {
      for (const goal of doc.data.goals) {
        const index = goal.checkIns.findIndex((c) => c.id === checkInId)
        const checkIn = goal.checkIns[index]
        if (checkIn) return { goalId: goal.id, index, checkIn }
      }
      return undefined
    },
    async restoreCheckIn({ goalId, index, checkIn }) {
      const goal = get(goalId)
      if (goal.checkIns.some((c) => c.id === checkIn.id)) return
      const checkIns = [...goal.checkIns]
      checkIns.splice(Math.min(index, checkIns.length), 0, checkIn)
      await save({ ...goal, checkIns, updatedAt: now() })
    },
    async addCheckIn({ goalId, date, note, progress }) {
      const goal = get(goalId)
      const at = now()
      // A back-dated check-in records the progress of its own day, not today's (issue 11, defect 9).
      const today = localToday(ctx.clock.now())
      const then = progress ?? (date >= today ? computeProgress(goal).value : progressOn(goal, date))
      const checkIn = { id: randomUUID(), date, note, progress: then, createdAt: at }
      return save({ ...goal, checkIns: [...goal.checkIns, checkIn], updatedAt: at })
    },
    async removeCheckIn(goalId, checkInId) {
      const goal = get(goalId)
      if (!goal.checkIns.some((c) => c.id === checkInId)) return goal
      return save({ ...goal, checkIns: goal.checkIns.filter((c) => c.id !== checkInId), updatedAt: now() })
    },
    async setStatus({ id, status, reflection }) {
      return save(changeStatus(get(id), status, reflection, now()))
    },
    async linkSession(goalId, sessionId) {
      const goal = get(goalId)
      assertSession(sessionId)
      if (goal.sessionIds.includes(sessionId)) return goal
      return save({ ...goal, sessionIds: [...goal.sessionIds, sessionId], updatedAt: now() })
    },
    async unlinkSession(goalId, sessionId) {
      const goal = get(goalId)
      if (!goal.sessionIds.includes(sessionId)) return goal
      return save({ ...goal, sessionIds: goal.sessionIds.filter((id) => id !== sessionId), updatedAt: now() })
    },
    async milestoneFromActionItem(goalId, sessionId, itemId) {
      const goal = get(goalId)
      const session = assertSession(sessionId)
      const item = session.actionItems.find((i) => i.id === itemId)
      if (!item) throw notFound('action item')
      const already = goal.milestones.some(
        (m) => m.fromActionItem?.sessionId === sessionId && m.fromActionItem.itemId === itemId,
      )
      if (already)
        throw new TandemError('conflict', `This action item is already a milestone of “${goal.title}”.`)
      if (goal.milestones.length >= 100) {
        throw new TandemError('invalid-input', 'This goal already has 100 milestones, the most it can hold.')
      }
      const at = now()
      const milestone = {
        id: randomUUID(),
        text: item.text.slice(0, 300),
        due: item.due,
        done: item.done,
        doneAt: item.done ? (item.doneAt ?? at) : null,
        fromActionItem: { sessionId, itemId },
      }
      const sessionIds = goal.sessionIds.includes(sessionId)
        ? goal.sessionIds
        : [...goal.sessionIds, sessionId]
      return save({ ...goal, milestones: [...goal.milestones, milestone], sessionIds, updatedAt: at })
    },
    dueSoon: () => dueSummary(doc.data.goals, localToday(ctx.clock.now())),
  }
}

/** The goal with one link to the session put back (a link it already holds, or a milestone it lost, is skipped). */
function relinkSession(goal: Goal, sessionId: string, link: TrashLink, at: string): Goal {
  if (link.field === 'sessionIds') {
    const sessionIds = withAddedId(goal.sessionIds, sessionId)
    return sessionIds ? { ...goal, sessionIds, updatedAt: at } : goal
  }
  const milestone = link.milestone
  if (link.field !== 'milestone' || !milestone) return goal
  const milestones = goal.milestones.map((m) =>
    m.id === milestone.id && m.fromActionItem === null
      ? { ...m, fromActionItem: { sessionId, itemId: milestone.itemId } }
      : m,
  )
  return { ...goal, milestones, updatedAt: at }
}
