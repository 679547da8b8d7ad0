import { type ReactNode, useId, useState } from 'react'

export interface LinkOption {
  id: string
  label: string
  /** Said after the label in the picker, e.g. a closed goal's status. */
  note?: string
}

interface Props {
  legend: string
  /** What a linked thing is called, in lower case: "goal", "skill". */
  noun: string
  /** Everything that can be linked, linked or not, in the order to offer it. */
  options: LinkOption[]
  linkedIds: string[]
  onChange(ids: string[]): void
  onOpen(id: string): void
  /** Shown instead of the picker when there is nothing to link at all. */
  empty: ReactNode
  error?: string
}

/**
 * Linked records as chips (open with the name, unlink with ×) and a picker to link one more: the
 * pattern of the goals' session panel, for links that travel with an autosaved draft.
 */
export function LinkPicker({ legend, noun, options, linkedIds, onChange, onOpen, empty, error }: Props) {
  const id = useId()
  const [choice, setChoice] = useState('')
  // Ids of records that are gone are not shown; main drops them from the draft's record on deletion.
  const linked = linkedIds.flatMap((linkedId) => options.filter((o) => o.id === linkedId))
  const linkable = options.filter((o) => !linkedIds.includes(o.id))

  return (
    <fieldset className="link-picker">
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          {linked.length === 0 ? (
            <p className="muted">Not linked to a {noun} yet.</p>
          ) : (
            <ul className="link-chips" aria-label={`Linked ${noun}s`}>
              {linked.map((o) => (
                <li key={o.id} className="chip">
                  <button type="button" className="chip-open" onClick={() => onOpen(o.id)}>
                    {o.label}
                  </button>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={`Unlink ${o.label}`}
                    onClick={() => onChange(linkedIds.filter((x) => x !== o.id))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          {linkable.length > 0 && (
            <div className="row">
              <label htmlFor={`${id}-pick`} className="visually-hidden">
                {`${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)} to link`}
              </label>
              <select id={`${id}-pick`} value={choice} onChange={(e) => setChoice(e.target.value)}>
                <option value="">{`Pick a ${noun}…`}</option>
                {linkable.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.note ? `${o.label} (${o.note})` : o.label}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                disabled={choice === ''}
                onClick={() => {
                  onChange([...linkedIds, choice])
                  setChoice('')
                }}
              >
                {`Link ${noun}`}
              </button>
            </div>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </fieldset>
  )
}
