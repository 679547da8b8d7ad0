import { useId } from 'react'
import type { Goal } from '../../../../shared/domain/goal'
import { buildTimeline } from '../../../../shared/domain/goal-timeline'
import { formatShortDate } from '../../lib/dates'

const marks = { status: '●', milestone: '✓', 'check-in': '✎' }

export function GoalTimeline({ goal }: { goal: Goal }) {
  const id = useId()
  const entries = buildTimeline(goal)
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`}>Timeline</h2>
      </div>
      <ol className="timeline" aria-label="Timeline">
        {entries.map((entry) => (
          <li key={entry.key} className={`timeline-entry ${entry.kind}`}>
            <span className="timeline-mark" aria-hidden="true">
              {marks[entry.kind]}
            </span>
            <span className="timeline-day muted">{formatShortDate(entry.day)}</span>
            <span className="timeline-text">{entry.text}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
