import { daysBetween } from '../calendar'
import { localToday } from './common'
import type { Goal, GoalStatus, ProgressMode } from './goal'

/** The fields progress depends on, so the editor's draft and a stored goal both qualify. */
export interface ProgressSource {
  milestones: { done: boolean }[]
  progressMode: ProgressMode
  manualProgress: number | null
}

export interface Progress {
  /** 0–100, whole. */
  value: number
  /** Where the number comes from, so the UI can say so. */
  source: 'milestones' | 'manual' | 'none'
}

/** Progress: from the share of milestones done, unless the user set it by hand. */
export function computeProgress(goal: ProgressSource): Progress {
  if (goal.progressMode === 'manual' && goal.manualProgress !== null) {
    return { value: clampPercent(goal.manualProgress), source: 'manual' }
  }
  if (goal.milestones.length === 0) return { value: 0, source: 'none' }
  const done = goal.milestones.filter((m) => m.done).length
  return { value: Math.round((done / goal.milestones.length) * 100), source: 'milestones' }
}

/**
 * The progress as it stood at the end of `date` (a local day): by hand, the value set now (its history
 * is not kept); from milestones, the share done by then. A milestone done before done dates were kept
 * (doneAt null) counts as done.
 */
export function progressOn(
  goal: Omit<ProgressSource, 'milestones'> & { milestones: { done: boolean; doneAt: string | null }[] },
  date: string,
): number {
  if (goal.progressMode === 'manual' && goal.manualProgress !== null) return clampPercent(goal.manualProgress)
  if (goal.milestones.length === 0) return 0
  const done = goal.milestones.filter(
    (m) => m.done && (m.doneAt === null || localToday(new Date(m.doneAt)) <= date),
  ).length
  return Math.round((done / goal.milestones.length) * 100)
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)))
}

export function describeProgress(progress: Progress, goal: ProgressSource): string {
  switch (progress.source) {
    case 'manual':
      return `${progress.value}% · set by hand`
    case 'none':
      return 'No milestones yet'
    case 'milestones': {
      const done = goal.milestones.filter((m) => m.done).length
      return `${progress.value}% · ${done} of ${goal.milestones.length} milestones`
    }
  }
}

export function isOpen(status: GoalStatus): boolean {
  return status === 'active' || status === 'paused'
}

/** The first milestone not yet done, in the user's order. */
export function nextMilestone<M extends { done: boolean }>(goal: { milestones: M[] }): M | undefined {
  return goal.milestones.find((m) => !m.done)
}

export const DUE_SOON_DAYS = 14

export type DueState = 'overdue' | 'due-soon' | null

/** A date is overdue once it has passed, due soon within the window (today included). */
export function dueStateOf(date: string | null, today: string, days = DUE_SOON_DAYS): DueState {
  if (date === null) return null
  const left = daysBetween(today, date)
  if (left < 0) return 'overdue'
  if (left <= days) return 'due-soon'
  return null
}

/** A goal's mark on the list: only open goals are ever late. */
export function goalDueState(
  goal: Pick<Goal, 'status' | 'targetDate'>,
  today: string,
  days = DUE_SOON_DAYS,
): DueState {
  return isOpen(goal.status) ? dueStateOf(goal.targetDate, today, days) : null
}

const statusOrder: Record<GoalStatus, number> = { active: 0, paused: 1, achieved: 2, dropped: 3 }

/** Active goals first, then paused, then closed; within a status the nearest target date first. */
export function compareGoals(
  a: Pick<Goal, 'status' | 'targetDate' | 'title'>,
  b: Pick<Goal, 'status' | 'targetDate' | 'title'>,
): number {
  const byStatus = statusOrder[a.status] - statusOrder[b.status]
  if (byStatus !== 0) return byStatus
  const at = a.targetDate ?? '9999-12-31'
  const bt = b.targetDate ?? '9999-12-31'
  if (at !== bt) return at < bt ? -1 : 1
  return a.title.localeCompare(b.title)
}

/** Which status may follow which. A closed goal can be reopened; nothing moves to the status it has. */
const nextStatusesOf: Record<GoalStatus, GoalStatus[]> = {
  active: ['paused', 'achieved', 'dropped'],
  paused: ['active', 'achieved', 'dropped'],
  achieved: ['active'],
  dropped: ['active'],
}

export function nextStatuses(from: GoalStatus): GoalStatus[] {
  return nextStatusesOf[from]
}
