import { useId } from 'react'
import { type DeviceSettings, TEXT_SIZES, type ThemeChoice } from '../../../../shared/domain/settings'
import { formatNumber } from '../../lib/numbers'

const themes: Array<[ThemeChoice, string]> = [
  ['system', 'Same as my system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
]

/** Theme, contrast, text size and motion on this computer; each change applies at once. */
export function AppearanceSettings({
  device,
  onChange,
}: {
  device: DeviceSettings
  onChange(change: Partial<DeviceSettings>): void
}) {
  const id = useId()
  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Appearance</h2>
      <p className="muted">For this computer only. Changes show at once.</p>
      <fieldset className="settings-choices">
        <legend>Theme</legend>
        {themes.map(([value, label]) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-theme`}
              checked={device.theme === value}
              onChange={() => onChange({ theme: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="checkbox choice">
        <input
          type="checkbox"
          checked={device.highContrast}
          onChange={(e) => onChange({ highContrast: e.target.checked })}
        />
        High contrast
      </label>
      <fieldset className="settings-choices">
        <legend>Text size</legend>
        {TEXT_SIZES.map((size) => (
          <label key={size} className="choice">
            <input
              type="radio"
              name={`${id}-text-size`}
              checked={device.textSize === size}
              onChange={() => onChange({ textSize: size })}
            />
            {`${formatNumber(size)}%`}
          </label>
        ))}
      </fieldset>
      <p className="settings-preview">{`This is how your journal reads at ${formatNumber(device.textSize)}%.`}</p>
      <label className="checkbox choice">
        <input
          type="checkbox"
          checked={device.reduceMotion}
          onChange={(e) => onChange({ reduceMotion: e.target.checked })}
        />
        Reduce motion
      </label>
    </section>
  )
}
