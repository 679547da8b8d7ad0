import { useState } from 'react'
import { momentLabels, type PromptMoment, themeLabels } from '../../../../shared/domain/prompt'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { formatShortDate } from '../../lib/dates'
import { useRecentSessions } from '../sessions/queries'
import { usePrograms, usePromptOfTheDay, useReviewsDue } from './queries'
import { newReflectionRoute } from './routes'
import { ProgressBar, ThisWeek } from './ThisWeek'

/** Before any session there is nothing to look back on: the day's prompt is one for before or any time. */
const BEFORE_THE_FIRST_SESSION: PromptMoment[] = ['before-session', 'any-time']

/** The day's prompt, the same all day; "Another one" walks on through the day's order. */
export function PromptOfTheDayCard() {
  const [shuffle, setShuffle] = useState(0)
  const sessions = useRecentSessions()
  const prompt = usePromptOfTheDay(
    shuffle,
    sessions.data?.total === 0 ? BEFORE_THE_FIRST_SESSION : undefined,
    !sessions.isPending,
  )
  const nav = useNavigation()
  return (
    <section className="card prompt-of-the-day" aria-labelledby="potd-title">
      <div className="card-header">
        <h2 id="potd-title">Prompt of the day</h2>
        {prompt.data && <span className="chip small">{themeLabels[prompt.data.theme]}</span>}
      </div>
      {prompt.isError && <p className="field-error">{messageOf(prompt.error)}</p>}
      {prompt.data === null ? (
        <p className="muted">Every prompt is hidden. Show some again in the prompt library.</p>
      ) : prompt.data ? (
        <>
          <blockquote className="prompt-quote large" aria-live="polite">
            <p>{prompt.data.text}</p>
            <span className="prompt-meta">{momentLabels[prompt.data.moment]}</span>
          </blockquote>
          <div className="row">
            <button
              type="button"
              className="button primary"
              onClick={() => nav.go(newReflectionRoute(prompt.data?.id ?? null))}
            >
              Answer
            </button>
            <button type="button" className="button ghost" onClick={() => setShuffle((n) => n + 1)}>
              Another one
            </button>
          </div>
        </>
      ) : (
        <p className="muted">Finding today's prompt…</p>
      )}
    </section>
  )
}

/** Weekly and monthly reflection reminders, only when one is due. */
export function ReviewsDueCard() {
  const due = useReviewsDue()
  const nav = useNavigation()
  if (!due.data || due.data.length === 0) return null
  return (
    <section className="card reviews-due" aria-labelledby="reviews-due-title">
      <div className="card-header">
        <h2 id="reviews-due-title">Time to reflect</h2>
      </div>
      <ul className="due-list">
        {due.data.map((review) => (
          <li key={review.kind}>
            <div>
              <strong>{review.kind === 'weekly' ? 'Weekly reflection' : 'Monthly reflection'}</strong>
              <span className="muted"> · due since {formatShortDate(review.since)}</span>
              {review.prompt && <p className="due-prompt">{review.prompt.text}</p>}
            </div>
            <button
              type="button"
              className="button small"
              onClick={() => nav.go(newReflectionRoute(review.prompt?.id ?? null))}
            >
              Start {review.kind} reflection
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button small" onClick={() => nav.go({ screen: 'prompts' })}>
        Change the reflection days
      </button>
    </section>
  )
}

/** This week of the running program, or an invitation to start one. */
export function ProgramThisWeekCard() {
  const programs = usePrograms()
  const nav = useNavigation()
  if (!programs.data) return null
  const running = programs.data.find((p) => p.currentWeek !== null)
  const week = running?.weeks.find((w) => w.week === running.currentWeek)
  if (!running || !week) {
    if (programs.data.length > 0) return null
    return (
      <section className="card program-invite" aria-labelledby="program-invite-title">
        <h2 id="program-invite-title">Try a structured program</h2>
        <p className="muted">Six or twelve weeks with a theme, an agenda and prompts for each week.</p>
        <button type="button" className="button" onClick={() => nav.go({ screen: 'programs' })}>
          See the programs
        </button>
      </section>
    )
  }
  return (
    <section className="card program-this-week" aria-labelledby="program-week-title">
      <div className="card-header">
        <h2 id="program-week-title">
          Week {week.week} of {running.weeks.length}: {week.theme}
        </h2>
        <button type="button" className="link-button" onClick={() => nav.go({ screen: 'programs' })}>
          Open program
        </button>
      </div>
      <p className="muted">
        {running.name}
        {week.status === 'done' ? ' · this week is done' : ''}
      </p>
      <ProgressBar {...running.progress} />
      <ThisWeek week={week} compact />
    </section>
  )
}
