import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { formatShortDate } from '../../lib/dates'
import { useGoals, useGoalsDue } from './queries'

/** Home card: goals due in the next 14 days (or overdue) and overdue milestones. */
export function GoalsDueWidget() {
  const due = useGoalsDue()
  const all = useGoals()
  const nav = useNavigation()
  const noGoals = all.data?.length === 0
  const goals = due.data?.goals ?? []
  const milestones = due.data?.overdueMilestones ?? []
  return (
    <section className="card" aria-labelledby="goals-due-title">
      <div className="card-header">
        <h2 id="goals-due-title">Goals due soon</h2>
        <button type="button" className="link-button" onClick={() => nav.go({ screen: 'goals' })}>
          All goals
        </button>
      </div>
      {due.isError && <p className="field-error">{messageOf(due.error)}</p>}
      {noGoals ? (
        <>
          <p className="muted">
            No goals yet. A goal gives your sessions a direction; milestones break it up.
          </p>
          <button type="button" className="button" onClick={() => nav.go({ screen: 'goals' })}>
            Set a goal
          </button>
        </>
      ) : (
        due.isSuccess &&
        goals.length === 0 &&
        milestones.length === 0 && <p className="muted">No goal or milestone is due in the next 14 days.</p>
      )}
      {goals.length > 0 && (
        <ul className="due-list" aria-label="Goals due in the next 14 days">
          {goals.map(({ goal, targetDate, overdue }) => (
            <li key={goal.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => nav.go({ screen: 'goal', id: goal.id })}
              >
                {goal.title}
              </button>
              <span className={overdue ? 'badge danger' : 'badge warning'}>
                {overdue ? 'Overdue · ' : 'Due '}
                {formatShortDate(targetDate)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {milestones.length > 0 && (
        <>
          <h3 className="due-subtitle">Overdue milestones</h3>
          <ul className="due-list" aria-label="Overdue milestones">
            {milestones.slice(0, 10).map(({ goalId, goalTitle, milestone }) => (
              <li key={milestone.id}>
                <span>
                  {milestone.text}
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() => nav.go({ screen: 'goal', id: goalId })}
                  >
                    {goalTitle}
                  </button>
                </span>
                {milestone.due && (
                  <span className="badge danger">Overdue · {formatShortDate(milestone.due)}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
