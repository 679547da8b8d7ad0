import { useId, useState } from 'react'
import { presetCategories, type SkillDirection, skillDirectionLabels } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { type Problem, problemOf } from '../../lib/client'
import { localToday } from '../../lib/dates'
import { CategoryInput } from '../../ui/CategoryInput'
import { FieldError } from '../../ui/FieldError'
import { useCreateSkillMutation } from './mutations'

/** Name, direction and category are enough to start; the rest is filled in on the detail screen. */
export function NewSkillForm({ onClose }: { onClose(): void }) {
  const nav = useNavigation()
  const create = useCreateSkillMutation()
  const [name, setName] = useState('')
  const [direction, setDirection] = useState<SkillDirection>('learned')
  const [category, setCategory] = useState<string>(presetCategories[0])
  const [error, setError] = useState<Problem | null>(null)
  const id = useId()

  async function add() {
    setError(null)
    try {
      const skill = await create.mutateAsync({
        name,
        direction,
        category,
        purpose: '',
        initialLevel: 1,
        partnerId: null,
        firstMet: localToday(),
        evidence: '',
        sessionIds: [],
        goalIds: [],
      })
      nav.go({ screen: 'skill', id: skill.id })
    } catch (e) {
      setError(problemOf(e))
    }
  }

  const errorAt = (field: string) => (error && (error.field ?? 'name') === field ? error.message : null)

  return (
    <form
      className="card new-skill"
      aria-label="New skill"
      onSubmit={(e) => {
        e.preventDefault()
        void add()
      }}
    >
      <div className="field grow">
        <label htmlFor={`${id}-name`}>Skill name</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={errorAt('name') !== null}
          aria-describedby={errorAt('name') ? `${id}-error` : undefined}
        />
        {errorAt('name') && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {errorAt('name')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-direction`}>Direction</label>
        <select
          id={`${id}-direction`}
          value={direction}
          onChange={(e) => setDirection(e.target.value as SkillDirection)}
        >
          {Object.entries(skillDirectionLabels).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>Category</label>
        <CategoryInput
          id={`${id}-category`}
          value={category}
          onChange={(e) => setCategory(e.target.value)}
          aria-invalid={errorAt('category') !== null}
          suggestions={presetCategories}
        />
        <FieldError message={errorAt('category')} />
      </div>
      <div className="row new-skill-actions">
        <button type="submit" className="button primary" disabled={create.isPending}>
          Add skill
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  )
}
