import { type FormEvent, useId, useState } from 'react'
import type { Goal } from '../../../../shared/domain/goal'
import { computeProgress, progressOn } from '../../../../shared/domain/goal-progress'
import { messageOf, type Problem, problemOf } from '../../lib/client'
import { formatShortDate, localToday } from '../../lib/dates'
import { showNotice } from '../../lib/notices'
import { useRemovedNotice } from '../trash/mutations'
import { useAddCheckInMutation, useRemoveCheckInMutation } from './mutations'

/** Dated notes that record the progress of the moment, newest first. */
export function CheckInsPanel({ goal, beforeCheckIn }: { goal: Goal; beforeCheckIn(): Promise<void> }) {
  const id = useId()
  const add = useAddCheckInMutation()
  const remove = useRemoveCheckInMutation()
  const removedNotice = useRemovedNotice()
  const [date, setDate] = useState(localToday())
  const [note, setNote] = useState('')
  /** null until the user types a progress of their own; the field then shows the progress of that day. */
  const [progressText, setProgressText] = useState<string | null>(null)
  const dayProgress = date >= localToday() ? computeProgress(goal).value : progressOn(goal, date)
  const [error, setError] = useState<Problem | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setError(null)
    try {
      // The check-in records the saved progress, so pending edits (a ticked milestone) go first.
      await beforeCheckIn()
      const progress = progressText === null || progressText.trim() === '' ? undefined : Number(progressText)
      await add.mutateAsync({ goalId: goal.id, date, note, progress })
      setNote('')
      setProgressText(null)
    } catch (e) {
      setError(problemOf(e))
    }
  }

  const checkIns = [...goal.checkIns].sort((a, b) =>
    a.date === b.date ? (a.createdAt < b.createdAt ? 1 : -1) : a.date < b.date ? 1 : -1,
  )
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`}>Check-ins</h2>
      </div>
      <form className="check-in-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-note`}>How is it going?</label>
          <textarea
            id={`${id}-note`}
            className="short"
            value={note}
            maxLength={5000}
            aria-invalid={error?.field === 'note'}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <div className="row">
          <label htmlFor={`${id}-date`} className="visually-hidden">
            Check-in date
          </label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <label htmlFor={`${id}-progress`}>Progress then (%)</label>
          <input
            id={`${id}-progress`}
            className="check-in-progress"
            type="number"
            min={0}
            max={100}
            step={1}
            value={progressText ?? String(dayProgress)}
            aria-invalid={error?.field === 'progress'}
            onChange={(e) => setProgressText(e.target.value)}
          />
          <button type="submit" className="button primary" disabled={add.isPending}>
            Add check-in
          </button>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )}
      </form>
      {checkIns.length === 0 ? (
        <p className="muted">No check-ins yet.</p>
      ) : (
        <ul className="check-ins" aria-label="Check-ins">
          {checkIns.map((c) => (
            <li key={c.id}>
              <div className="check-in-head">
                <strong>{formatShortDate(c.date)}</strong>
                <span className="badge subtle">{c.progress}%</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove the check-in of ${formatShortDate(c.date)}`}
                  onClick={() =>
                    remove.mutateAsync({ goalId: goal.id, checkInId: c.id }).then(
                      () => removedNotice('Check-in removed.', c.id),
                      (e) => showNotice({ message: messageOf(e), notes: [] }),
                    )
                  }
                >
                  ×
                </button>
              </div>
              <p className="check-in-note">{c.note}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
