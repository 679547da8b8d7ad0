import { useId, useState } from 'react'
import type { ProgramWeekView } from '../../../../shared/domain/program'
import { type Problem, problemOf } from '../../lib/client'
import { FieldError } from '../../ui/FieldError'
import { useEditProgramWeekMutation } from './mutations'

/** Edits one week of a started program: its theme and agenda (one item a line). The template stays as it was. */
export function WeekEditor({
  programId,
  week,
  onDone,
}: {
  programId: string
  week: ProgramWeekView
  onDone(): void
}) {
  const [theme, setTheme] = useState(week.theme)
  const [agenda, setAgenda] = useState(week.agenda.join('\n'))
  const [error, setError] = useState<Problem | null>(null)
  const edit = useEditProgramWeekMutation()
  const id = useId()

  async function save() {
    setError(null)
    try {
      await edit.mutateAsync({
        programId,
        week: week.week,
        theme,
        agenda: agenda
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      })
      onDone()
    } catch (e) {
      setError(problemOf(e))
    }
  }

  return (
    <form
      className="week-editor"
      aria-label={`Edit week ${week.week}`}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-theme`}>Theme of week {week.week}</label>
        <input
          id={`${id}-theme`}
          value={theme}
          maxLength={200}
          onChange={(e) => setTheme(e.target.value)}
          aria-invalid={error?.field === 'theme'}
        />
        <FieldError message={error?.field === 'theme' ? error.message : undefined} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-agenda`}>Agenda (one item a line)</label>
        <textarea id={`${id}-agenda`} value={agenda} onChange={(e) => setAgenda(e.target.value)} />
      </div>
      {error && error.field !== 'theme' && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button primary small">
          Save week
        </button>
        <button type="button" className="button ghost small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
