import { useId, useState } from 'react'
import { type GoalDirection, goalCategoryPresets, goalDirectionLabels } from '../../../../shared/domain/goal'
import { useNavigation } from '../../app/navigation'
import { type Problem, problemOf } from '../../lib/client'
import { localToday } from '../../lib/dates'
import { CategoryInput } from '../../ui/CategoryInput'
import { FieldError } from '../../ui/FieldError'
import { FormDialog } from '../../ui/FormDialog'
import { useCreateGoalMutation } from './mutations'

interface Props {
  open: boolean
  onClose(): void
  categories: string[]
}

/** The few fields a goal needs to start; the rest is filled in on its page. */
export function NewGoalDialog({ open, onClose, categories }: Props) {
  const id = useId()
  const nav = useNavigation()
  const create = useCreateGoalMutation()
  const [title, setTitle] = useState('')
  const [category, setCategory] = useState<string>(goalCategoryPresets[0])
  const [direction, setDirection] = useState<GoalDirection>('learning')
  const [startDate, setStartDate] = useState(localToday())
  const [targetDate, setTargetDate] = useState('')
  const [error, setError] = useState<Problem | null>(null)

  // Each new goal starts from a clean form.
  function reset() {
    setTitle('')
    setCategory(goalCategoryPresets[0])
    setDirection('learning')
    setStartDate(localToday())
    setTargetDate('')
    setError(null)
  }

  const errorAt = (field: string) => (error?.field === field ? error.message : undefined)

  async function submit() {
    setError(null)
    try {
      const goal = await create.mutateAsync({
        title,
        why: '',
        category,
        direction,
        outcome: '',
        measure: '',
        startDate,
        targetDate: targetDate === '' ? null : targetDate,
        milestones: [],
        progressMode: 'milestones',
        manualProgress: null,
        manualReason: '',
      })
      onClose()
      nav.go({ screen: 'goal', id: goal.id })
    } catch (e) {
      setError(problemOf(e))
    }
  }

  const suggestions = Array.from(new Set([...goalCategoryPresets, ...categories]))
  return (
    <FormDialog
      open={open}
      title="New goal"
      className="goal-dialog"
      submitLabel="Create goal"
      pending={create.isPending}
      error={error && error.field === undefined ? error.message : null}
      onOpen={reset}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={`${id}-goal-title`}>Goal</label>
        <input
          id={`${id}-goal-title`}
          value={title}
          maxLength={200}
          placeholder="Run a team retro in Miro"
          aria-invalid={errorAt('title') !== undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <FieldError message={errorAt('title')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>Category</label>
        <CategoryInput
          id={`${id}-category`}
          value={category}
          aria-invalid={errorAt('category') !== undefined}
          onChange={(e) => setCategory(e.target.value)}
          suggestions={suggestions}
        />
        <FieldError message={errorAt('category')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-direction`}>Whose goal</label>
        <select
          id={`${id}-direction`}
          value={direction}
          onChange={(e) => setDirection(e.target.value as GoalDirection)}
        >
          {Object.entries(goalDirectionLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="goal-dates">
        <div className="field">
          <label htmlFor={`${id}-start`}>Start date</label>
          <input
            id={`${id}-start`}
            type="date"
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
          />
          <FieldError message={errorAt('startDate')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>Target date</label>
          <input
            id={`${id}-target`}
            type="date"
            value={targetDate}
            aria-invalid={errorAt('targetDate') !== undefined}
            onChange={(e) => setTargetDate(e.target.value)}
          />
          <FieldError message={errorAt('targetDate')} />
        </div>
      </div>
    </FormDialog>
  )
}
