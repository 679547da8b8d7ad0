import { daysBetween } from '../../../../shared/calendar'
import type { LevelPoint } from '../../../../shared/domain/skill'
import { formatShortDate } from '../../lib/dates'

const W = 360
const H = 140
const PAD = { left: 28, right: 12, top: 12, bottom: 24 }

/**
 * The level over time as a step line, built by React as plain SVG elements (no chart library;
 * the CSP allows React-rendered SVG). Dates are spaced by real time so long gaps look long.
 */
export function LevelChart({ history }: { history: LevelPoint[] }) {
  const first = history[0]
  const last = history[history.length - 1]
  if (!first || !last) return null
  const span = Math.max(1, daysBetween(first.date, last.date))
  const x = (date: string) => PAD.left + (daysBetween(first.date, date) / span) * (W - PAD.left - PAD.right)
  const y = (level: number) => PAD.top + ((5 - level) / 4) * (H - PAD.top - PAD.bottom)
  let path = `M ${x(first.date)} ${y(first.level)}`
  for (const p of history.slice(1)) path += ` H ${x(p.date)} V ${y(p.level)}`
  path += ` H ${W - PAD.right}`
  const description = history.map((p) => `level ${p.level} on ${formatShortDate(p.date)}`).join(', ')

  return (
    <svg
      className="level-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Level history: ${description}`}
      preserveAspectRatio="xMidYMid meet"
    >
      {[1, 2, 3, 4, 5].map((level) => (
        <g key={level}>
          <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(level)} y2={y(level)} />
          <text className="axis" x={PAD.left - 10} y={y(level) + 4} textAnchor="end">
            {level}
          </text>
        </g>
      ))}
      <path className="line" d={path} />
      {history.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: points of one history never reorder.
        <circle key={i} className="point" cx={x(p.date)} cy={y(p.level)} r={3.5} />
      ))}
      <text className="axis" x={PAD.left} y={H - 6}>
        {formatShortDate(first.date)}
      </text>
      {last.date !== first.date && (
        <text className="axis" x={W - PAD.right} y={H - 6} textAnchor="end">
          {formatShortDate(last.date)}
        </text>
      )}
    </svg>
  )
}
