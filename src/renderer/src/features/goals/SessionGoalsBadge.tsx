import type { SessionRowBadgeProps } from '../../app/slots'
import { useGoals } from './queries'

/** On a session row: the goals the session advanced. */
export function SessionGoalsBadge({ session }: SessionRowBadgeProps) {
  const goals = useGoals()
  const linked = (goals.data ?? []).filter((g) => g.sessionIds.includes(session.id))
  if (linked.length === 0) return null
  const [first, ...rest] = linked
  return (
    <span className="badge goal-badge" title={linked.map((g) => g.title).join(', ')}>
      ◎ {first?.title}
      {rest.length > 0 && ` +${rest.length}`}
    </span>
  )
}
