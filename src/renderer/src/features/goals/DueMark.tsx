import type { DueState } from '../../../../shared/domain/goal-progress'
import { formatShortDate } from '../../lib/dates'

/** "Overdue · 3 Dec 2026", "Due soon · …" or a quiet "Target …". */
export function DueMark({
  date,
  state,
  label = 'Target',
}: {
  date: string | null
  state: DueState
  label?: string
}) {
  if (date === null) return null
  if (state === 'overdue') return <span className="badge danger">Overdue · {formatShortDate(date)}</span>
  if (state === 'due-soon') return <span className="badge warning">Due soon · {formatShortDate(date)}</span>
  return (
    <span className="badge subtle">
      {label} {formatShortDate(date)}
    </span>
  )
}
