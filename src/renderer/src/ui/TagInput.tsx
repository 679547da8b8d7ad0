import { type KeyboardEvent, useId, useState } from 'react'

interface Props {
  label: string
  tags: string[]
  onChange(tags: string[]): void
  placeholder?: string
  suggestions?: string[]
}

/** Tags as chips: Enter or comma adds, Backspace in an empty box removes the last one. */
export function TagInput({ label, tags, onChange, placeholder, suggestions = [] }: Props) {
  const [text, setText] = useState('')
  const id = useId()
  const listId = `${id}-suggestions`

  function add(raw: string) {
    const tag = raw.trim().replace(/,$/, '').trim()
    if (tag === '') return
    if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) onChange([...tags, tag.slice(0, 60)])
    setText('')
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault()
      add(text)
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1))
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="tag-input">
        {tags.map((tag) => (
          <span className="chip" key={tag}>
            {tag}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          value={text}
          list={suggestions.length > 0 ? listId : undefined}
          placeholder={tags.length === 0 ? placeholder : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => add(text)}
        />
        {suggestions.length > 0 && (
          <datalist id={listId}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        )}
      </div>
    </div>
  )
}
