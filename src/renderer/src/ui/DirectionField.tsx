import { PartnerDirection, partnerDirectionLabels } from '../../../shared/domain/partner'

/** "Who mentors whom": the one picker for a partner's direction, wherever a partner is added or changed. */
export function DirectionField({
  id,
  value,
  onChange,
}: {
  id: string
  value: PartnerDirection
  onChange(direction: PartnerDirection): void
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Who mentors whom</label>
      <select id={id} value={value} onChange={(e) => onChange(PartnerDirection.parse(e.target.value))}>
        {PartnerDirection.options.map((direction) => (
          <option key={direction} value={direction}>
            {partnerDirectionLabels[direction]}
          </option>
        ))}
      </select>
    </div>
  )
}
