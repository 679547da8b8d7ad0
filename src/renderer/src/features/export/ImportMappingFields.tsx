import { useId, useState } from 'react'
import type { ImportMapping, ImportPreview } from '../../../../shared/contract/import'
import type { Partner } from '../../../../shared/domain/partner'

const NEW = 'new'
const NONE = 'none'
const AS_WRITTEN = 'as-written'

function partnerValue(mapping: ImportMapping): string {
  const p = mapping.partner
  return p.kind === 'existing' ? p.id : p.kind
}

/** What the entries become: sessions (with whom, tags as topics) or reflections; what to do with duplicates. */
export function ImportMappingFields({
  preview,
  mapping,
  partners,
  onChange,
  error,
}: {
  preview: ImportPreview
  mapping: ImportMapping
  partners: Partner[]
  onChange(mapping: ImportMapping): void
  error: string | null
}) {
  const id = useId()
  const [newName, setNewName] = useState(mapping.partner.kind === 'new' ? mapping.partner.name : '')
  const sessions = mapping.as === 'sessions'
  const choosePartner = (value: string) => {
    if (value === NEW)
      onChange({ ...mapping, partner: { kind: 'new', name: newName.trim() || 'New partner' } })
    else if (value === NONE) onChange({ ...mapping, partner: { kind: 'none' } })
    else if (value === AS_WRITTEN) onChange({ ...mapping, partner: { kind: 'as-written' } })
    else onChange({ ...mapping, partner: { kind: 'existing', id: value } })
  }
  return (
    <div className="import-mapping">
      <fieldset className="import-as">
        <legend>Each entry becomes</legend>
        {(['sessions', 'reflections'] as const).map((as) => (
          <label key={as} className="checkbox">
            <input
              type="radio"
              name={`${id}-as`}
              checked={mapping.as === as}
              onChange={() => onChange({ ...mapping, as })}
            />
            {as === 'sessions' ? 'A session' : 'A reflection'}
          </label>
        ))}
      </fieldset>
      {sessions && (
        <div className="export-row">
          <div className="field">
            <label htmlFor={`${id}-partner`}>With</label>
            <select
              id={`${id}-partner`}
              value={partnerValue(mapping)}
              aria-invalid={error && mapping.partner.kind !== 'new' ? true : undefined}
              aria-describedby={error ? `${id}-mapping-error` : undefined}
              onChange={(e) => choosePartner(e.target.value)}
            >
              <option value={NONE}>No partner</option>
              {preview.namesPartners && <option value={AS_WRITTEN}>The partner each file names</option>}
              {partners
                .filter((p) => !p.archived)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              <option value={NEW}>A new partner…</option>
            </select>
          </div>
          {mapping.partner.kind === 'new' && (
            <div className="field">
              <label htmlFor={`${id}-new-name`}>New partner’s name</label>
              <input
                id={`${id}-new-name`}
                value={newName}
                maxLength={80}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-mapping-error` : undefined}
                onChange={(e) => {
                  setNewName(e.target.value)
                  onChange({ ...mapping, partner: { kind: 'new', name: e.target.value } })
                }}
              />
            </div>
          )}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={mapping.tagsAsTopics}
              onChange={(e) => onChange({ ...mapping, tagsAsTopics: e.target.checked })}
            />
            Tags become topics
          </label>
        </div>
      )}
      {preview.duplicates.length > 0 && (
        <fieldset className="import-duplicates">
          <legend>
            {preview.duplicates.length === 1
              ? '1 entry looks like it is in your journal already'
              : `${preview.duplicates.length} entries look like they are in your journal already`}
          </legend>
          <ul className="import-list">
            {preview.duplicates.slice(0, 20).map((d) => (
              <li key={`${d.where}-${d.date}`}>
                {d.date}: {d.title}{' '}
                <span className="muted">
                  ({d.why === 'imported-before' ? 'imported before' : 'same date and title'})
                </span>
              </li>
            ))}
            {preview.duplicates.length > 20 && (
              <li className="muted">and {preview.duplicates.length - 20} more</li>
            )}
          </ul>
          {(['skip', 'import'] as const).map((choice) => (
            <label key={choice} className="checkbox">
              <input
                type="radio"
                name={`${id}-duplicates`}
                checked={mapping.duplicates === choice}
                onChange={() => onChange({ ...mapping, duplicates: choice })}
              />
              {choice === 'skip' ? 'Skip them' : 'Import them anyway'}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="field-error" id={`${id}-mapping-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
