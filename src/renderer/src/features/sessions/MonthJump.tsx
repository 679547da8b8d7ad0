import { useId } from 'react'
import type { SessionMonth } from '../../../../shared/domain/session-page'
import { formatMonth } from '../../lib/dates'
import { formatNumber } from '../../lib/numbers'

/** A month of the index main keeps (`sessions:months`): YYYY-MM and its number of sessions. */
export type MonthCount = Pick<SessionMonth, 'month' | 'count'>

/**
 * "Go to month": every month that has sessions, newest first and grouped by year, so a ten-year
 * journal reaches its first year in one choice instead of paging through "Show older sessions".
 */
export function MonthJump({ months, onJump }: { months: MonthCount[]; onJump(month: string): void }) {
  const id = useId()
  const years = new Map<string, MonthCount[]>()
  for (const entry of months) {
    const year = entry.month.slice(0, 4)
    const list = years.get(year)
    if (list) list.push(entry)
    else years.set(year, [entry])
  }
  return (
    <div className="month-jump">
      <label htmlFor={id}>Go to month</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          if (e.target.value !== '') onJump(e.target.value)
        }}
      >
        <option value="">Choose a month…</option>
        {[...years].map(([year, list]) => (
          <optgroup key={year} label={year}>
            {list.map(({ month, count }) => (
              <option key={month} value={month}>
                {`${formatMonth(month)} (${formatNumber(count)})`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}
