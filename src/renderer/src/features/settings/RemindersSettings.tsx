import { useEffect, useId, useState } from 'react'
import { type ReminderSettings, TimeOfDay } from '../../../../shared/domain/settings'

const kinds: Array<[keyof Pick<ReminderSettings, 'sessions' | 'reviews' | 'skills'>, string]> = [
  ['sessions', 'Before a next session you planned with a partner'],
  ['reviews', 'Weekly and monthly reflections'],
  ['skills', 'Skills due for practice'],
]

/** Reminders on or off, when in the day, and which kinds. */
export function RemindersSettings({
  reminders,
  onChange,
}: {
  reminders: ReminderSettings
  onChange(change: Partial<ReminderSettings>): void
}) {
  const id = useId()
  const [time, setTime] = useState(reminders.time)
  const [timeError, setTimeError] = useState<string | null>(null)
  useEffect(() => setTime(reminders.time), [reminders.time])

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reminders</h2>
      <p className="muted">Reminders appear as notifications from your system.</p>
      <label className="checkbox choice">
        <input
          type="checkbox"
          checked={reminders.enabled}
          onChange={(e) => onChange({ enabled: e.target.checked })}
        />
        Remind me
      </label>
      {!reminders.enabled && (
        <p className="muted small">Turn on “Remind me” to choose the time and what to be reminded of.</p>
      )}
      <fieldset className="settings-reminders" disabled={!reminders.enabled}>
        <div className="field settings-time">
          <label htmlFor={`${id}-time`}>Time of day</label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            aria-invalid={timeError !== null}
            aria-describedby={timeError ? `${id}-time-error` : undefined}
            onChange={(e) => {
              setTime(e.target.value)
              const parsed = TimeOfDay.safeParse(e.target.value)
              setTimeError(parsed.success ? null : (parsed.error.issues[0]?.message ?? null))
              if (parsed.success) onChange({ time: parsed.data })
            }}
          />
          {timeError && (
            <p className="field-error" id={`${id}-time-error`}>
              {timeError}
            </p>
          )}
        </div>
        <fieldset className="settings-choices stacked">
          <legend>Remind me of</legend>
          {kinds.map(([key, label]) => (
            <label key={key} className="checkbox choice">
              <input
                type="checkbox"
                checked={reminders[key]}
                onChange={(e) => onChange({ [key]: e.target.checked })}
              />
              {label}
            </label>
          ))}
        </fieldset>
      </fieldset>
    </section>
  )
}
