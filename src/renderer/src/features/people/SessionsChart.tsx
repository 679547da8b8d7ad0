import { useId } from 'react'
import { formatMonth } from '../../lib/dates'
import { countOf } from '../../lib/numbers'

const BAR = 18
const GAP = 6
const HEIGHT = 96
const LABEL = 18

/**
 * Sessions per month as a small bar chart drawn here (no chart library), with the same numbers as a
 * table below it: the chart is a picture for the eye, the table is what a screen reader reads.
 */
export function SessionsChart({ months }: { months: ReadonlyArray<{ month: string; sessions: number }> }) {
  const id = useId()
  const most = Math.max(1, ...months.map((m) => m.sessions))
  const width = Math.max(months.length * (BAR + GAP), 120)
  return (
    <div className="sessions-chart">
      <svg
        className="sessions-chart-svg"
        viewBox={`0 0 ${width} ${HEIGHT + LABEL}`}
        role="img"
        aria-labelledby={`${id}-caption`}
        style={{ maxWidth: `${width * 2}px` }}
      >
        <title>Sessions per month</title>
        {months.map((m, i) => {
          const h = (m.sessions / most) * (HEIGHT - 14)
          const x = i * (BAR + GAP)
          const showLabel = i === 0 || m.month.endsWith('-01') || i === months.length - 1
          return (
            <g key={m.month}>
              <title>{`${formatMonth(m.month)}: ${countOf(m.sessions, 'session', 'sessions')}`}</title>
              <rect
                className="sessions-chart-bar"
                x={x}
                y={HEIGHT - h}
                width={BAR}
                height={Math.max(h, 1)}
                rx={2}
              />
              {m.sessions > 0 && (
                <text className="sessions-chart-value" x={x + BAR / 2} y={HEIGHT - h - 3} textAnchor="middle">
                  {m.sessions}
                </text>
              )}
              {showLabel && (
                <text
                  className="sessions-chart-label"
                  x={x + (i === months.length - 1 && i > 0 ? BAR : 0)}
                  y={HEIGHT + LABEL - 4}
                  textAnchor={i === months.length - 1 && i > 0 ? 'end' : 'start'}
                >
                  {m.month}
                </text>
              )}
            </g>
          )
        })}
      </svg>
      <p id={`${id}-caption`} className="muted small">
        {`Sessions per month, from ${formatMonth(months[0]?.month ?? '')} to ${formatMonth(months.at(-1)?.month ?? '')}. The same numbers are in the table below.`}
      </p>
      <details className="sessions-chart-table">
        <summary>Show the numbers as a table</summary>
        <div className="table-scroll">
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Sessions</th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td>{m.sessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  )
}
