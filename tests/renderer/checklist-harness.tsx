import { useState } from 'react'
import { type ChecklistItem, useChecklist } from '../../src/renderer/src/ui/checklist'

/** A checklist editor wired the way the action item and milestone editors are. */
export function ChecklistHarness({ initial }: { initial: ChecklistItem[] }) {
  const [items, setItems] = useState(initial)
  const list = useChecklist(items, setItems)
  return (
    <fieldset>
      <legend>Action items</legend>
      <ul aria-label="Lines">
        {items.map((item, index) => (
          <li key={item.key}>
            <label htmlFor={list.inputId(item.key)}>Line {index + 1}</label>
            <input
              id={list.inputId(item.key)}
              value={item.text}
              onChange={(event) => list.update(item.key, { text: event.target.value })}
            />
            <input
              type="checkbox"
              aria-label={`Done: line ${index + 1}`}
              checked={item.done}
              onChange={(event) => list.update(item.key, { done: event.target.checked })}
            />
            <button type="button" onClick={() => list.remove(item.key)}>
              Remove line {index + 1}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={list.add}>
        + Add line
      </button>
    </fieldset>
  )
}
