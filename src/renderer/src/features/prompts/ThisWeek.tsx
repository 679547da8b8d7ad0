import { useId } from 'react'
import type { ProgramWeekView } from '../../../../shared/domain/program'
import type { PromptView } from '../../../../shared/domain/prompt'
import { useNavigation } from '../../app/navigation'
import { formatShortDate } from '../../lib/dates'
import { usePromptLibrary } from './queries'
import { newReflectionRoute } from './routes'

/** One week of a program: its agenda, the prompts to answer before and after, and the suggested goals. */
/**
 * `compact` (Home's card, under an h2) puts its headings at h3; the Programs screen's full week sits
 * under an h3 and uses h4.
 */
export function ThisWeek({ week, compact }: { week: ProgramWeekView; compact?: boolean }) {
  const Heading = compact ? 'h3' : 'h4'
  const library = usePromptLibrary()
  const byId = new Map((library.data?.prompts ?? []).map((p) => [p.id, p]))
  const pick = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? [])
  return (
    <div className="this-week">
      <p className="muted week-dates">
        {formatShortDate(week.start)} – {formatShortDate(week.end)}
      </p>
      {week.agenda.length > 0 && (
        <>
          <Heading className="week-heading">Agenda</Heading>
          <ul className="agenda">
            {week.agenda.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <WeekPrompts title="Before the session" prompts={pick(week.promptsBefore)} heading={Heading} />
      <WeekPrompts title="After the session" prompts={pick(week.promptsAfter)} heading={Heading} />
      {!compact && week.suggestedGoals.length > 0 && (
        <>
          <Heading className="week-heading">Suggested goals</Heading>
          <ul className="agenda">
            {week.suggestedGoals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

function WeekPrompts({
  title,
  prompts,
  heading: Heading,
}: {
  title: string
  prompts: PromptView[]
  heading: 'h3' | 'h4'
}) {
  const nav = useNavigation()
  const listId = useId()
  if (prompts.length === 0) return null
  return (
    <>
      <Heading className="week-heading">{title}</Heading>
      <ul className="week-prompts">
        {prompts.map((p) => (
          <li key={p.id}>
            <span id={`${listId}-${p.id}`}>{p.text}</span>
            <button
              type="button"
              className="button ghost small"
              aria-describedby={`${listId}-${p.id}`}
              onClick={() => nav.go(newReflectionRoute(p.id))}
            >
              Answer
            </button>
          </li>
        ))}
      </ul>
    </>
  )
}

export function ProgressBar({ done, skipped, total }: { done: number; skipped: number; total: number }) {
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Weeks done"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} weeks done`}
      >
        <span className="progress-done" style={{ width: `${(done / total) * 100}%` }} />
        <span className="progress-skipped" style={{ width: `${(skipped / total) * 100}%` }} />
      </div>
      <span className="muted progress-text">
        {done} of {total} weeks done{skipped > 0 ? ` · ${skipped} skipped` : ''}
      </span>
    </div>
  )
}
