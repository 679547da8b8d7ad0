import type { ReactNode } from 'react'

export interface ChartTable {
  columns: string[]
  /** The first cell of each row is its heading (a month, a day). */
  rows: Array<{ key: string; cells: ReactNode[] }>
}

interface Props {
  caption: string
  /** What the chart shows, in one sentence, for a screen reader (the picture's name). */
  summary: string
  width: number
  height: number
  children: ReactNode
  table: ChartTable
  className?: string
}

/**
 * A chart with its caption, the drawing as one image named by `summary`, and the same numbers as a
 * table under "Show as a table", for screen readers and for anyone who wants the figures.
 */
export function ChartFigure({ caption, summary, width, height, children, table, className }: Props) {
  return (
    <figure className={`chart ${className ?? ''}`}>
      <figcaption className="chart-caption">{caption}</figcaption>
      <svg
        className="chart-svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMinYMin meet"
      >
        {children}
      </svg>
      <details className="chart-table">
        <summary>Show as a table</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, i) =>
                    i === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are in column order.
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are in column order.
                      <td key={i}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
