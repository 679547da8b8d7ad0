import type { SessionRowBadgeProps } from '../../app/slots'
import { useReflections } from './queries'

/** On a session row: how many reflections speak of this session. */
export function SessionReflectionBadge({ session }: SessionRowBadgeProps) {
  const reflections = useReflections()
  const count = (reflections.data ?? []).filter((r) => r.sessionId === session.id).length
  if (count === 0) return null
  return (
    <span className="badge subtle">
      {count} {count === 1 ? 'reflection' : 'reflections'}
    </span>
  )
}
