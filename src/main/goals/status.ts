import type { Goal, GoalStatus } from '../../shared/domain/goal'
import { nextStatuses } from '../../shared/domain/goal-progress'
import { TandemError } from '../../shared/errors'

const closing: ReadonlySet<GoalStatus> = new Set(['achieved', 'dropped'])

export function canChangeStatus(from: GoalStatus, to: GoalStatus): boolean {
  return nextStatuses(from).includes(to)
}

/**
 * The goal after a status change: every change is stamped in the history; achieving or dropping
 * records when and the closing reflection (required), reopening clears them.
 */
export function changeStatus(goal: Goal, to: GoalStatus, reflection: string, now: string): Goal {
  if (!canChangeStatus(goal.status, to)) {
    throw new TandemError(
      'conflict',
      goal.status === to
        ? `This goal is already ${to}.`
        : `A goal that is ${goal.status} cannot become ${to}. Reopen it first.`,
      'status',
    )
  }
  const text = reflection.trim()
  if (closing.has(to) && text === '') {
    throw new TandemError(
      'invalid-input',
      to === 'achieved'
        ? 'Write a short closing reflection: what made it work?'
        : 'Write a short closing reflection: why are you letting it go?',
      'reflection',
    )
  }
  const closes = closing.has(to)
  return {
    ...goal,
    status: to,
    closedAt: closes ? now : null,
    closingReflection: closes ? text : '',
    statusHistory: [...goal.statusHistory, { status: to, at: now, reflection: text }],
    updatedAt: now,
  }
}
