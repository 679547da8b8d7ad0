import { layoutHeatmap } from '../../../../shared/charts/heatmap'
import { formatShortMonth } from '../../lib/dates'
import { ChartFigure, type ChartTable } from './ChartFigure'

interface Props {
  caption: string
  summary: string
  from: string
  to: string
  counts: ReadonlyMap<string, number>
  table: ChartTable
}

const WEEKDAY_MONDAY = new Date(2024, 0, 1)

function weekdayName(row: number): string {
  const day = new Date(WEEKDAY_MONDAY)
  day.setDate(day.getDate() + row)
  return day.toLocaleDateString(undefined, { weekday: 'short' })
}

/** A calendar of days, darker for busier days, drawn from the shared layout (src/shared/charts/heatmap.ts). */
export function HeatmapChart({ caption, summary, from, to, counts, table }: Props) {
  const chart = layoutHeatmap(from, to, counts)
  return (
    <ChartFigure
      caption={caption}
      summary={summary}
      width={chart.width}
      height={chart.height}
      table={table}
      className="heatmap"
      scrolls
    >
      {chart.months.map((m) => (
        <text key={m.month} className="chart-axis" x={m.x} y={m.y}>
          {formatShortMonth(m.month)}
        </text>
      ))}
      {chart.weekdays.map((w) => (
        <text key={w.row} className="chart-axis" x={0} y={w.y}>
          {weekdayName(w.row)}
        </text>
      ))}
      {chart.cells.map((c) => (
        <rect
          key={c.date}
          className={`heat-cell heat-${c.level}`}
          x={c.x}
          y={c.y}
          width={c.size}
          height={c.size}
          rx={2}
        />
      ))}
    </ChartFigure>
  )
}
