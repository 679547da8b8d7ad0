import { randomUUID } from 'node:crypto'
import { localToday } from '../../shared/domain/common'
import type {
  CheckInDraft,
  Goal,
  GoalDraft,
  GoalsDue,
  GoalUpdate,
  StatusChangeInput,
} from '../../shared/domain/goal'
import { compareGoals, computeProgress } from '../../shared/domain/goal-progress'
import { notFound, TandemError } from '../../shared/errors'
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
  remove(id: string): Promise<void>
  addCheckIn(draft: CheckInDraft): Promise<Goal>
  removeCheckIn(goalId: string, checkInId: string): Promise<Goal>
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
      return save({
        ...existing,
        ...fields,
        milestones: mergeMilestones(existing.milestones, milestones, at),
        updatedAt: at,
      })
    },
    async remove(id) {
      get(id)
      await doc.change((data) => {
        data.goals = data.goals.filter((g) => g.id !== id)
      })
      await ctx.events.emit('goal:deleted', { id })
    },
    async addCheckIn({ goalId, date, note }) {
      const goal = get(goalId)
      const at = now()
      const checkIn = { id: randomUUID(), date, note, progress: computeProgress(goal).value, createdAt: at }
      return save({ ...goal, checkIns: [...goal.checkIns, checkIn], updatedAt: at })
    },
    async removeCheckIn(goalId, checkInId) {
      const goal = get(goalId)
      if (!goal.checkIns.some((c) => c.id === checkInId)) throw notFound('check-in')
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
