import { useEffect, useId, useRef, useState } from 'react'
import { type PartnerDirection, partnerDirectionLabels } from '../../../../shared/domain/partner'
import { messageOf } from '../../lib/client'
import { DirectionField } from '../../ui/DirectionField'
import { useCreatePartnerMutation } from '../partners/mutations'
import { usePartners, usePickablePartners } from '../partners/queries'

/**
 * Picks the session's partner from the list of people, or adds a new one with the direction of the
 * relationship (a visible button beside the list). Archived partners are not offered, unless this
 * session already has one.
 */
export function PartnerPicker({
  value,
  onChange,
}: {
  value: string | null
  onChange(id: string | null): void
}) {
  const partners = usePartners()
  // The partner the session had when the editor opened stays offered even if archived.
  const [opened] = useState(value)
  const offered = usePickablePartners(opened, value)
  const create = useCreatePartnerMutation()
  const [adding, setAdding] = useState(false)
  const [name, setName] = useState('')
  const [direction, setDirection] = useState<PartnerDirection>('they-mentor-me')
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const selected = partners.data?.find((p) => p.id === value)
  const nameRef = useRef<HTMLInputElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  const wasAdding = useRef(false)
  useEffect(() => {
    if (adding) nameRef.current?.focus()
    else if (wasAdding.current) addRef.current?.focus()
    wasAdding.current = adding
  }, [adding])

  async function add() {
    setError(null)
    try {
      const partner = await create.mutateAsync({ name, direction })
      onChange(partner.id)
      setAdding(false)
      setName('')
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <div className="field">
      <label htmlFor={`${id}-partner`}>Partner</label>
      <div className="partner-picker">
        <select
          id={`${id}-partner`}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">No partner</option>
          {offered.map((p) => (
            <option key={p.id} value={p.id}>
              {p.archived ? `${p.name} (archived)` : p.name}
            </option>
          ))}
        </select>
        {!adding && (
          <button
            ref={addRef}
            type="button"
            className="button"
            onClick={() => {
              setError(null)
              setAdding(true)
            }}
          >
            Add partner
          </button>
        )}
      </div>
      {selected && !adding && <p className="hint">{partnerDirectionLabels[selected.direction]}</p>}
      {adding && (
        <fieldset className="inline-form" aria-label="New partner">
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              ref={nameRef}
              id={`${id}-name`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault()
                  setAdding(false)
                }
                if (e.key === 'Enter') {
                  e.preventDefault()
                  void add()
                }
              }}
              aria-invalid={error !== null}
              aria-describedby={error ? `${id}-error` : undefined}
            />
          </div>
          <DirectionField id={`${id}-direction`} value={direction} onChange={setDirection} />
          <div className="row">
            <button
              type="button"
              className="button primary"
              onClick={() => void add()}
              disabled={create.isPending}
            >
              Add partner
            </button>
            <button type="button" className="button ghost" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
          {error && (
            <p className="field-error" id={`${id}-error`} role="alert">
              {error}
            </p>
          )}
        </fieldset>
      )}
    </div>
  )
}
