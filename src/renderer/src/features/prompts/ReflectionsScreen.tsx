import { useMemo, useState } from 'react'
import type { ReflectionSummary } from '../../../../shared/domain/reflection'
import { useNavigation } from '../../app/navigation'
import { formatMonth, groupByMonth } from '../../lib/dates'
import { DateBadge } from '../../ui/DateBadge'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { matches, type ThemeMomentFilter, ThemeMomentFilters } from './filters'
import { useReflections } from './queries'
import { newReflectionRoute } from './routes'

/** Reflections newest first, grouped by month, filtered by the theme and moment of their prompt. */
export function ReflectionsScreen() {
  const reflections = useReflections()
  const nav = useNavigation()
  const [filter, setFilter] = useState<ThemeMomentFilter>({ theme: '', moment: '' })

  const groups = useMemo(
    () => groupByMonth((reflections.data ?? []).filter((r) => matches(filter, r.prompt))),
    [reflections.data, filter],
  )

  if (reflections.isPending) return <p className="muted loading">Opening your reflections…</p>
  if (reflections.isError) return <LoadError error={reflections.error} />

  const actions = (
    <div className="row">
      <button type="button" className="button" onClick={() => nav.go({ screen: 'prompts' })}>
        Prompt library
      </button>
      <button type="button" className="button primary" onClick={() => nav.go(newReflectionRoute(null))}>
        New reflection
      </button>
    </div>
  )

  if (reflections.data.length === 0) {
    return (
      <div className="screen">
        <header className="screen-header">
          <h1>Reflections</h1>
          {actions}
        </header>
        <EmptyState
          title="No reflections yet"
          action={
            <button type="button" className="button primary" onClick={() => nav.go({ screen: 'prompts' })}>
              Pick a prompt
            </button>
          }
        >
          <p>
            A few honest lines before or after a session go a long way: what you want to ask, what you can
            offer, what changed in how you see things. Pick a prompt, or answer the prompt of the day on the
            home screen.
          </p>
        </EmptyState>
      </div>
    )
  }

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Reflections</h1>
        {actions}
      </header>
      <ThemeMomentFilters value={filter} onChange={setFilter} />
      {groups.length === 0 && <p className="muted">No reflection matches these filters.</p>}
      {groups.map(([month, items]) => (
        <section key={month} className="month" aria-labelledby={`reflections-${month}`}>
          <h2 id={`reflections-${month}`} className="month-title">
            {formatMonth(month)}
          </h2>
          <ul className="session-list">
            {items.map((r) => (
              <ReflectionRow key={r.id} reflection={r} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

export function ReflectionRow({ reflection }: { reflection: ReflectionSummary }) {
  const nav = useNavigation()
  const title = reflection.prompt?.text ?? 'Free reflection'
  return (
    <li>
      <button
        type="button"
        className="session-row"
        onClick={() => nav.go({ screen: 'reflection', id: reflection.id })}
      >
        <DateBadge date={reflection.date} />
        <span className="session-main">
          <span className="session-title reflection-title">{title}</span>
          <span className="reflection-excerpt">{reflection.excerpt}</span>
        </span>
        <span className="session-side">
          {reflection.confidence !== null && (
            <span className="badge subtle">Confidence {reflection.confidence}/5</span>
          )}
          {reflection.sessionId && <span className="badge">Session</span>}
          {reflection.private && <span className="badge subtle">Private</span>}
        </span>
      </button>
    </li>
  )
}
