import { useId, useState } from 'react'
import type { Goal, GoalStatus } from '../../../../shared/domain/goal'
import { goalStatusLabels } from '../../../../shared/domain/goal'
import { nextStatuses } from '../../../../shared/domain/goal-progress'
import { messageOf } from '../../lib/client'
import { FormDialog } from '../../ui/FormDialog'
import { useSetGoalStatusMutation } from './mutations'

const actionLabels: Record<GoalStatus, string> = {
  active: 'Make it active again',
  paused: 'Pause it',
  achieved: 'Mark it achieved',
  dropped: 'Drop it',
}

/** Changes a goal's status; achieving or dropping asks for a short closing reflection. */
export function StatusDialog({ goal, open, onClose }: { goal: Goal; open: boolean; onClose(): void }) {
  const id = useId()
  const setStatus = useSetGoalStatusMutation()
  const choices = nextStatuses(goal.status)
  const [status, setChoice] = useState<GoalStatus>(choices[0] ?? 'active')
  const [reflection, setReflection] = useState('')
  const [error, setError] = useState<string | null>(null)

  function reset() {
    setChoice(nextStatuses(goal.status)[0] ?? 'active')
    setReflection('')
    setError(null)
  }

  const closing = status === 'achieved' || status === 'dropped'
  async function submit() {
    try {
      await setStatus.mutateAsync({ id: goal.id, status, reflection: closing ? reflection : '' })
      onClose()
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <FormDialog
      open={open}
      title="Change status"
      className="goal-dialog"
      submitLabel="Save status"
      pending={setStatus.isPending}
      error={error}
      onOpen={reset}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p className="muted">This goal is {goalStatusLabels[goal.status].toLocaleLowerCase()}.</p>
      <fieldset className="status-choices">
        <legend>New status</legend>
        {choices.map((s) => (
          <label key={s} className="checkbox">
            <input type="radio" name={`${id}-status`} checked={status === s} onChange={() => setChoice(s)} />
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
    </FormDialog>
  )
}
