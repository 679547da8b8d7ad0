import { useSlot } from '../../app/slots'
import { useChecklist } from '../../ui/checklist'
import { FieldError } from '../../ui/FieldError'
import type { EditorActionItem } from './draft'

interface Props {
  sessionId: string | null
  storedIdOf(key: string): string | undefined
  items: EditorActionItem[]
  onChange(items: EditorActionItem[]): void
  errorFor(key: string): string | undefined
}

export function ActionItemsEditor({ sessionId, storedIdOf, items, onChange, errorFor }: Props) {
  const { inputId, update, add, remove } = useChecklist(items, onChange, 'Action item')
  const extras = useSlot('action-item.extras')
  return (
    <fieldset className="action-items">
      <legend>Action items</legend>
      {items.length === 0 && <p className="muted">Nothing to follow up yet.</p>}
      <ul>
        {items.map((item, index) => {
          const error = errorFor(item.key)
          return (
            <li key={item.key} className={item.done ? 'action-item done' : 'action-item'}>
              <input
                type="checkbox"
                checked={item.done}
                aria-label={`Done: ${item.text || `action item ${index + 1}`}`}
                onChange={(e) => update(item.key, { done: e.target.checked })}
              />
              <input
                id={inputId(item.key)}
                className="action-text"
                data-search-field="actionItems"
                data-search-entry={storedIdOf(item.key)}
                value={item.text}
                placeholder="What needs doing?"
                aria-label={`Action item ${index + 1}`}
                aria-invalid={error !== undefined}
                onChange={(e) => update(item.key, { text: e.target.value })}
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
                value={item.due ?? ''}
                aria-label={`Due date for action item ${index + 1}`}
                onChange={(e) => update(item.key, { due: e.target.value === '' ? null : e.target.value })}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove action item ${index + 1}`}
                onClick={() => remove(item.key)}
              >
                ×
              </button>
              {extras.length > 0 && (
                <div className="action-extras">
                  {extras.map(({ id, Component }) => (
                    <Component key={id} sessionId={sessionId} item={item} storedId={storedIdOf(item.key)} />
                  ))}
                </div>
              )}
              <FieldError message={error} />
            </li>
          )
        })}
      </ul>
      <button type="button" className="button ghost" onClick={add}>
        + Add action item
      </button>
    </fieldset>
  )
}
