import { localToday } from './common'
import { type Goal, goalStatusLabels } from './goal'

export interface TimelineEntry {
  key: string
  /** Sort key: an ISO time stamp, or a local date (check-ins are dated by the user). */
  at: string
  /** What to show as the day: a local YYYY-MM-DD. */
  day: string
  kind: 'status' | 'milestone' | 'check-in'
  text: string
}

/** The story of a goal, newest first: status changes, milestones ticked, check-ins. */
export function buildTimeline(goal: Goal): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...goal.statusHistory.map((change, index) => {
      const written = localToday(new Date(change.at))
      // The story starts on the goal's start date, even when the goal was written down later.
      const backdated = index === 0 && goal.startDate < written
      return {
        key: `status-${index}`,
        at: backdated ? `${goal.startDate}T00:00:00` : change.at,
        day: backdated ? goal.startDate : written,
        kind: 'status' as const,
        text:
          index === 0
            ? 'Goal set'
            : `${goalStatusLabels[change.status]}${change.reflection ? ` — ${change.reflection}` : ''}`,
      }
    }),
    ...goal.milestones.flatMap((m) =>
      m.done && m.doneAt
        ? [
            {
              key: `milestone-${m.id}`,
              at: m.doneAt,
              day: localToday(new Date(m.doneAt)),
              kind: 'milestone' as const,
              text: `Milestone done: ${m.text}`,
            },
          ]
        : [],
    ),
    ...goal.checkIns.map((c) => ({
      key: `check-in-${c.id}`,
      // A check-in dated by the user sorts at the end of that day, after what was stamped then.
      at: `${c.date}T23:59:59`,
      day: c.date,
      kind: 'check-in' as const,
      text: `Check-in at ${c.progress}%: ${c.note}`,
    })),
  ]
  return entries.sort((a, b) => (a.day === b.day ? (a.at < b.at ? 1 : -1) : a.day < b.day ? 1 : -1))
}
