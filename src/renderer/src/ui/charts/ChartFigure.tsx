import { type ReactNode, useEffect, useRef } from 'react'

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
  /**
   * For a wide chart (the year's heatmap): below its minimum width it scrolls sideways instead of
   * shrinking its text past reading; the scroller takes focus so the keyboard can scroll it too.
   */
  scrolls?: boolean
}

/**
 * A chart with its caption, the drawing as one image named by `summary`, and the same numbers as a
 * table under "Show as a table", for screen readers and for anyone who wants the figures.
 */
export function ChartFigure({ caption, summary, width, height, children, table, className, scrolls }: Props) {
  const scroller = useRef<HTMLElement>(null)
  // The newest days are at the right end: a scrolling chart opens there.
  useEffect(() => {
    const box = scroller.current
    if (box) box.scrollLeft = box.scrollWidth
  }, [])
  const svg = (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={summary}
      preserveAspectRatio="xMinYMin meet"
    >
      {children}
    </svg>
  )
  return (
    <figure className={`chart ${className ?? ''}`}>
      <figcaption className="chart-caption">{caption}</figcaption>
      {scrolls ? (
        <section
          ref={scroller}
          className="table-scroll chart-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard.
          tabIndex={0}
          aria-label={`${caption}, scrolls sideways`}
        >
          {svg}
        </section>
      ) : (
        svg
      )}
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
