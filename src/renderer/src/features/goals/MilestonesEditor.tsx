import { useChecklist } from '../../ui/checklist'
import { FieldError } from '../../ui/FieldError'
import { type EditorMilestone, moveItem } from './draft'

interface Props {
  milestones: EditorMilestone[]
  onChange(milestones: EditorMilestone[]): void
  errorFor(key: string): string | undefined
}

/** Ordered milestones: tick, edit, give a due date, move up or down with buttons (keyboard friendly). */
export function MilestonesEditor({ milestones, onChange, errorFor }: Props) {
  const { inputId, update, add, remove } = useChecklist(milestones, onChange, 'Milestone')
  function move(index: number, by: -1 | 1, key: string, direction: 'up' | 'down') {
    onChange(moveItem(milestones, index, by))
    // Keep focus on the same control of the moved milestone, so moving again is one more key press.
    requestAnimationFrame(() => document.getElementById(`${inputId(key)}-${direction}`)?.focus())
  }
  return (
    <fieldset className="action-items milestones">
      <legend>Milestones</legend>
      {milestones.length === 0 && <p className="muted">Break the goal into steps you can tick off.</p>}
      <ol>
        {milestones.map((m, index) => {
          const error = errorFor(m.key)
          const name = m.text.trim() || `milestone ${index + 1}`
          return (
            <li key={m.key} className={m.done ? 'milestone done' : 'milestone'}>
              <input
                type="checkbox"
                checked={m.done}
                aria-label={`Done: ${name}`}
                onChange={(e) => update(m.key, { done: e.target.checked })}
              />
              <input
                id={inputId(m.key)}
                className="action-text"
                // A stored milestone's key is its id: a search result names it so (features/search).
                data-search-field="milestones"
                data-search-entry={m.key}
                value={m.text}
                maxLength={300}
                placeholder="A step on the way"
                aria-label={`Milestone ${index + 1}`}
                aria-invalid={error !== undefined}
                onChange={(e) => update(m.key, { text: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault()
                    add()
                  }
                }}
              />
              <input
                type="date"
                className="action-due"
                value={m.due ?? ''}
                aria-label={`Due date for milestone ${index + 1}`}
                onChange={(e) => update(m.key, { due: e.target.value === '' ? null : e.target.value })}
              />
              <span className="milestone-moves">
                <button
                  id={`${inputId(m.key)}-up`}
                  type="button"
                  className="icon-button move"
                  aria-label={`Move ${name} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1, m.key, 'up')}
                >
                  ↑
                </button>
                <button
                  id={`${inputId(m.key)}-down`}
                  type="button"
                  className="icon-button move"
                  aria-label={`Move ${name} down`}
                  disabled={index === milestones.length - 1}
                  onClick={() => move(index, 1, m.key, 'down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${name}`}
                  onClick={() => remove(m.key)}
                >
                  ×
                </button>
              </span>
              <FieldError message={error} />
            </li>
          )
        })}
      </ol>
      <button type="button" className="button ghost" onClick={add}>
        + Add milestone
      </button>
    </fieldset>
  )
}
