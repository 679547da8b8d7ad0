import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import type { Goal, GoalStatus } from '../../../../shared/domain/goal'
import { goalStatusLabels } from '../../../../shared/domain/goal'
import { nextStatuses } from '../../../../shared/domain/goal-progress'
import { messageOf } from '../../lib/client'
import { useSetGoalStatus } from './queries'

const actionLabels: Record<GoalStatus, string> = {
  active: 'Make it active again',
  paused: 'Pause it',
  achieved: 'Mark it achieved',
  dropped: 'Drop it',
}

/** Changes a goal's status; achieving or dropping asks for a short closing reflection. */
export function StatusDialog({ goal, open, onClose }: { goal: Goal; open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  const setStatus = useSetGoalStatus()
  const choices = nextStatuses(goal.status)
  const [status, setChoice] = useState<GoalStatus>(choices[0] ?? 'active')
  const [reflection, setReflection] = useState('')
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      setChoice(nextStatuses(goal.status)[0] ?? 'active')
      setReflection('')
      setError(null)
      dialog.showModal()
    }
    if (!open && dialog.open) dialog.close()
  }, [open, goal.status])

  const closing = status === 'achieved' || status === 'dropped'
  async function submit(event: FormEvent) {
    event.preventDefault()
    try {
      await setStatus.mutateAsync({ id: goal.id, status, reflection: closing ? reflection : '' })
      onClose()
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog goal-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>Change status</h2>
        <p className="muted">This goal is {goalStatusLabels[goal.status].toLocaleLowerCase()}.</p>
        <fieldset className="status-choices">
          <legend>New status</legend>
          {choices.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="radio"
                name={`${id}-status`}
                checked={status === s}
                onChange={() => setChoice(s)}
              />
              {actionLabels[s]}
            </label>
          ))}
        </fieldset>
        {closing && (
          <div className="field">
            <label htmlFor={`${id}-reflection`}>Closing reflection</label>
            <textarea
              id={`${id}-reflection`}
              className="short"
              value={reflection}
              maxLength={2000}
              aria-invalid={error !== null}
              placeholder={status === 'achieved' ? 'What made it work?' : 'Why are you letting it go?'}
              onChange={(e) => setReflection(e.target.value)}
            />
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={setStatus.isPending}>
            Save status
          </button>
        </div>
      </form>
    </dialog>
  )
}
