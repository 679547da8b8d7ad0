import { formatMonth, formatShortMonth } from '../../lib/dates'
import { countOf, formatNumber } from '../../lib/numbers'
import { BarChart } from '../../ui/charts/BarChart'

/**
 * A partner's sessions per month: the Journey screen's bar chart (shared layout, tokens for colour,
 * the same numbers as a table for a screen reader), fed from the partner page's months.
 */
export function SessionsChart({ months }: { months: ReadonlyArray<{ month: string; sessions: number }> }) {
  const first = months[0]
  const last = months.at(-1)
  const total = months.reduce((n, m) => n + m.sessions, 0)
  const range = first && last ? `${formatMonth(first.month)} to ${formatMonth(last.month)}` : ''
  return (
    <BarChart
      caption="Sessions per month"
      summary={`Sessions per month, ${range}: ${countOf(total, 'session', 'sessions')} in all.`}
      bars={months.map((m) => ({
        key: m.month,
        label: formatShortMonth(m.month, m.month === first?.month),
        value: m.sessions,
      }))}
      table={{
        columns: ['Month', 'Sessions'],
        rows: months.map((m) => ({ key: m.month, cells: [formatMonth(m.month), formatNumber(m.sessions)] })),
      }}
    />
  )
}
