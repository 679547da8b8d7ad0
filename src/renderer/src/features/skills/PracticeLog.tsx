import { useId, useState } from 'react'
import type { PracticeEntry } from '../../../../shared/domain/skill'
import { messageOf, type Problem, problemOf } from '../../lib/client'
import { formatShortDate, localToday } from '../../lib/dates'
import { showNotice } from '../../lib/notices'
import { FieldError } from '../../ui/FieldError'
import { useDeletedNotice } from '../trash/mutations'
import { levels, levelText } from './labels'
import { useDeletePracticeMutation, useLogPracticeMutation } from './mutations'

/** The practice form (date, what I did, level afterwards) and the log, newest first. */
export function PracticeLog({
  skillId,
  level,
  entries,
}: {
  skillId: string
  level: number
  entries: PracticeEntry[]
}) {
  const log = useLogPracticeMutation()
  const remove = useDeletePracticeMutation()
  const deletedNotice = useDeletedNotice()
  const [date, setDate] = useState(localToday())
  const [note, setNote] = useState('')
  const [levelAfter, setLevelAfter] = useState(String(level))
  const [error, setError] = useState<Problem | null>(null)
  const id = useId()

  async function submit() {
    setError(null)
    try {
      await log.mutateAsync({ skillId, date, note, levelAfter: Number(levelAfter) })
      setNote('')
    } catch (e) {
      setError(problemOf(e))
    }
  }
  const errorAt = (field: string) => (error?.field === field ? error.message : null)

  return (
    <section className="card practice" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Practice log</h2>
      <form
        className="practice-form"
        aria-label="Log practice"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-date`}>Practice date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            max={localToday()}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={errorAt('date') !== null}
          />
          <FieldError message={errorAt('date')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-level`}>Level afterwards</label>
          <select id={`${id}-level`} value={levelAfter} onChange={(e) => setLevelAfter(e.target.value)}>
            {levels.map((l) => (
              <option key={l} value={l}>
                {levelText(l)}
              </option>
            ))}
          </select>
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-note`}>What I did</label>
          <input
            id={`${id}-note`}
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={errorAt('note') !== null}
          />
          <FieldError message={errorAt('note')} />
        </div>
        <button type="submit" className="button primary" disabled={log.isPending}>
          Log practice
        </button>
        {error && error.field !== 'date' && error.field !== 'note' && (
          <p className="field-error wide" role="alert">
            {error.message}
          </p>
        )}
      </form>
      {entries.length === 0 ? (
        <p className="muted">No practice logged yet.</p>
      ) : (
        <ul className="practice-list" aria-label="Practice entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span className="practice-date">{formatShortDate(entry.date)}</span>
              <span className="practice-note">{entry.note}</span>
              <span className="badge subtle">Level {entry.levelAfter}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove practice of ${formatShortDate(entry.date)}: ${entry.note}`}
                onClick={() =>
                  remove.mutateAsync(entry.id).then(
                    (deleted) => deletedNotice('Practice entry removed.', deleted),
                    (e) => showNotice({ message: messageOf(e), notes: [] }),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
