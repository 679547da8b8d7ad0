import { type BarInput, layoutBars } from '../../../../shared/charts/bars'
import { formatNumber } from '../../lib/numbers'
import { ChartFigure, type ChartTable } from './ChartFigure'

interface Props {
  caption: string
  summary: string
  bars: BarInput[]
  table: ChartTable
  /** How a tick's number reads (hours may be 1.5). */
  formatTick?: (value: number) => string
}

/** Bars drawn from the shared layout (src/shared/charts/bars.ts) as plain SVG. */
export function BarChart({ caption, summary, bars, table, formatTick = formatNumber }: Props) {
  const chart = layoutBars(bars)
  const base = chart.plot.y + chart.plot.height
  return (
    <ChartFigure caption={caption} summary={summary} width={chart.width} height={chart.height} table={table}>
      {chart.ticks.map((t) => (
        <g key={t.value}>
          <line
            className="chart-grid"
            x1={chart.plot.x}
            x2={chart.plot.x + chart.plot.width}
            y1={t.y}
            y2={t.y}
          />
          <text className="chart-axis" x={chart.plot.x - 6} y={t.y + 4} textAnchor="end">
            {formatTick(t.value)}
          </text>
        </g>
      ))}
      {chart.bars.map((b) =>
        b.height > 0 ? (
          <rect key={b.key} className="chart-bar" x={b.x} y={b.y} width={b.width} height={b.height} rx={2} />
        ) : null,
      )}
      <line
        className="chart-baseline"
        x1={chart.plot.x}
        x2={chart.plot.x + chart.plot.width}
        y1={base}
        y2={base}
      />
      {chart.labels.map((l) => (
        <text key={l.key} className="chart-axis" x={l.x} y={l.y} textAnchor="middle">
          {l.text}
        </text>
      ))}
    </ChartFigure>
  )
}
