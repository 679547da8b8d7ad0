import type { Goal, GoalsDue } from '../../shared/domain/goal'
import { DUE_SOON_DAYS, dueStateOf, goalDueState, isOpen } from '../../shared/domain/goal-progress'

/** Open goals due within `days` (or past their target date), and the open goals' overdue milestones. */
export function dueSummary(goals: Goal[], today: string, days = DUE_SOON_DAYS): GoalsDue {
  const due = goals
    .flatMap((goal) => {
      const state = goalDueState(goal, today, days)
      if (state === null || goal.targetDate === null) return []
      return [
        {
          goal: { id: goal.id, title: goal.title, status: goal.status },
          targetDate: goal.targetDate,
          overdue: state === 'overdue',
        },
      ]
    })
    .sort((a, b) => (a.targetDate < b.targetDate ? -1 : a.targetDate > b.targetDate ? 1 : 0))
  const overdueMilestones = goals
    .filter((goal) => isOpen(goal.status))
    .flatMap((goal) =>
      goal.milestones
        .filter((m) => !m.done && dueStateOf(m.due, today) === 'overdue')
        .map((milestone) => ({ goalId: goal.id, goalTitle: goal.title, milestone })),
    )
    .sort((a, b) => ((a.milestone.due ?? '') < (b.milestone.due ?? '') ? -1 : 1))
  return { goals: due, overdueMilestones }
}
