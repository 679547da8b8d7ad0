import { type Goal, goalStatusLabels } from '../../../../shared/domain/goal'
import { computeProgress, goalDueState, nextMilestone } from '../../../../shared/domain/goal-progress'
import { useNavigation } from '../../app/navigation'
import { DueMark } from './DueMark'
import { ProgressBar } from './ProgressBar'

export function GoalCard({ goal, today }: { goal: Goal; today: string }) {
  const nav = useNavigation()
  const next = nextMilestone(goal)
  const progress = computeProgress(goal)
  return (
    <li className={`goal-card card status-${goal.status}`}>
      <div className="goal-card-head">
        <h2 className="goal-card-title">
          <button
            type="button"
            className="link-button"
            onClick={() => nav.go({ screen: 'goal', id: goal.id })}
          >
            {goal.title}
          </button>
        </h2>
        <div className="row">
          <span className="chip small">{goal.category}</span>
          {goal.status !== 'active' && (
            <span className={`badge status-badge ${goal.status}`}>{goalStatusLabels[goal.status]}</span>
          )}
          <DueMark date={goal.targetDate} state={goalDueState(goal, today)} />
        </div>
      </div>
      <ProgressBar progress={progress} goal={goal} label={`Progress of ${goal.title}`} />
      <p className="goal-card-next muted">
        {goal.status === 'achieved' || goal.status === 'dropped'
          ? goal.closingReflection
          : next
            ? `Next: ${next.text}`
            : goal.milestones.length > 0
              ? 'Every milestone is done.'
              : 'No milestones yet.'}
      </p>
      {goal.sessionIds.length > 0 && (
        <p className="goal-card-sessions muted">
          {goal.sessionIds.length} {goal.sessionIds.length === 1 ? 'session' : 'sessions'} worked on it
        </p>
      )}
    </li>
  )
}
