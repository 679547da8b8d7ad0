import { useId } from 'react'
import { type PromptSettings, PromptTheme, themeLabels } from '../../../../shared/domain/prompt'
import { messageOf } from '../../lib/client'
import { useUpdatePromptSettingsMutation } from './mutations'

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** Favoured themes for the prompt of the day, and when the weekly and monthly reviews come due. Saved at once. */
export function PromptPreferences({ settings }: { settings: PromptSettings }) {
  const save = useUpdatePromptSettingsMutation()
  const id = useId()
  const change = (next: PromptSettings) => save.mutate(next)
  const { weekly, monthly } = settings.reviews

  return (
    <details className="card preferences">
      <summary>
        <h2>Preferences</h2>
        <span className="muted">Favourite themes and review reminders</span>
      </summary>
      <fieldset className="theme-choices">
        <legend>Favour these themes in the prompt of the day</legend>
        <div className="row">
          {PromptTheme.options.map((theme) => {
            const on = settings.favouriteThemes.includes(theme)
            return (
              <label key={theme} className={on ? 'choice-chip on' : 'choice-chip'}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() =>
                    change({
                      ...settings,
                      favouriteThemes: on
                        ? settings.favouriteThemes.filter((t) => t !== theme)
                        : [...settings.favouriteThemes, theme],
                    })
                  }
                />
                {themeLabels[theme]}
              </label>
            )
          })}
        </div>
      </fieldset>
      <div className="review-settings">
        <div className="row">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={weekly.enabled}
              onChange={(e) =>
                change({
                  ...settings,
                  reviews: { ...settings.reviews, weekly: { ...weekly, enabled: e.target.checked } },
                })
              }
            />
            Weekly reflection reminder
          </label>
          <label htmlFor={`${id}-weekday`} className="visually-hidden">
            Weekly reflection day
          </label>
          <select
            id={`${id}-weekday`}
            value={weekly.weekday}
            disabled={!weekly.enabled}
            onChange={(e) =>
              change({
                ...settings,
                reviews: { ...settings.reviews, weekly: { ...weekly, weekday: Number(e.target.value) } },
              })
            }
          >
            {weekdays.map((day, i) => (
              <option key={day} value={i}>
                on {day}
              </option>
            ))}
          </select>
        </div>
        <div className="row">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={monthly.enabled}
              onChange={(e) =>
                change({
                  ...settings,
                  reviews: { ...settings.reviews, monthly: { ...monthly, enabled: e.target.checked } },
                })
              }
            />
            Monthly reflection reminder
          </label>
          <label htmlFor={`${id}-monthday`} className="visually-hidden">
            Monthly reflection day
          </label>
          <select
            id={`${id}-monthday`}
            value={monthly.day}
            disabled={!monthly.enabled}
            onChange={(e) =>
              change({
                ...settings,
                reviews: { ...settings.reviews, monthly: { ...monthly, day: Number(e.target.value) } },
              })
            }
          >
            {Array.from({ length: 28 }, (_, i) => i + 1).map((day) => (
              <option key={day} value={day}>
                on day {day} of the month
              </option>
            ))}
          </select>
        </div>
      </div>
      {save.isError && (
        <p className="field-error" role="alert">
          {messageOf(save.error)}
        </p>
      )}
    </details>
  )
}
