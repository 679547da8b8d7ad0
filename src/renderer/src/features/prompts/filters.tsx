import { useId } from 'react'
import {
  type PromptMoment as Moment,
  momentLabels,
  PromptMoment,
  PromptTheme,
  type PromptTheme as Theme,
  themeLabels,
} from '../../../../shared/domain/prompt'

export interface ThemeMomentFilter {
  theme: Theme | ''
  moment: Moment | ''
}

/** Two selects: by theme and by moment; '' means any. */
export function ThemeMomentFilters({
  value,
  onChange,
}: {
  value: ThemeMomentFilter
  onChange(value: ThemeMomentFilter): void
}) {
  const id = useId()
  return (
    <div className="row filters">
      <div className="field">
        <label htmlFor={`${id}-theme`}>Theme</label>
        <select
          id={`${id}-theme`}
          value={value.theme}
          onChange={(e) => {
            const theme = PromptTheme.safeParse(e.target.value)
            onChange({ ...value, theme: theme.success ? theme.data : '' })
          }}
        >
          <option value="">All themes</option>
          {PromptTheme.options.map((t) => (
            <option key={t} value={t}>
              {themeLabels[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-moment`}>When to answer</label>
        <select
          id={`${id}-moment`}
          value={value.moment}
          onChange={(e) => {
            const moment = PromptMoment.safeParse(e.target.value)
            onChange({ ...value, moment: moment.success ? moment.data : '' })
          }}
        >
          <option value="">Any moment</option>
          {PromptMoment.options.map((m) => (
            <option key={m} value={m}>
              {momentLabels[m]}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}

export function matches(filter: ThemeMomentFilter, item: { theme: Theme; moment: Moment } | null): boolean {
  if (filter.theme === '' && filter.moment === '') return true
  if (item === null) return false
  return (
    (filter.theme === '' || item.theme === filter.theme) &&
    (filter.moment === '' || item.moment === filter.moment)
  )
}
