/**
 * Layout of a calendar heatmap: one column per week (Monday at the top), one cell per day from
 * `from` to `to`, each with a level 0–4 for its colour. Plain data in SVG user units, as bars.ts.
 */
export interface HeatCell {
  date: string
  count: number
  /** 0: nothing that day; 1–4: quarters of the busiest day. */
  level: 0 | 1 | 2 | 3 | 4
  x: number
  y: number
  size: number
}

export interface HeatmapLayout {
  width: number
  height: number
  cells: HeatCell[]
  /** Above the first week that holds the 1st of a month: its YYYY-MM (the caller formats it). */
  months: Array<{ month: string; x: number; y: number }>
  /** Beside Monday, Wednesday and Friday: their row (0 = Monday) and y. */
  weekdays: Array<{ row: number; y: number }>
  max: number
}

export interface HeatmapOptions {
  cell?: number
  gap?: number
  /** Room on the left for weekday names and above for month names. */
  axisWidth?: number
  headerHeight?: number
}

export function layoutHeatmap(
  from: string,
  to: string,
  counts: ReadonlyMap<string, number>,
  options: HeatmapOptions = {},
): HeatmapLayout {
  const { cell = 11, gap = 2, axisWidth = 30, headerHeight = 16 } = options
  const pitch = cell + gap
  const start = dayNumber(from)
  const end = dayNumber(to)
  // Monday = 0: the first column starts on the Monday of `from`'s week.
  const firstRow = (weekdayOf(start) + 6) % 7
  const max = Math.max(0, ...[...counts.values()])
  const cells: HeatCell[] = []
  const months: HeatmapLayout['months'] = []
  for (let day = start; day <= end; day++) {
    const offset = day - start + firstRow
    const column = Math.floor(offset / 7)
    const row = offset % 7
    const date = dateOf(day)
    const count = counts.get(date) ?? 0
    const x = axisWidth + column * pitch
    cells.push({ date, count, level: levelOf(count, max), x, y: headerHeight + row * pitch, size: cell })
    if (date.endsWith('-01') || day === start) {
      const month = date.slice(0, 7)
      // Names closer than two columns would overlap: the later month, which owns the weeks ahead, wins.
      const last = months.at(-1)
      if (last && x - last.x < 2 * pitch) months.pop()
      months.push({ month, x, y: headerHeight - 4 })
    }
  }
  const columns = Math.floor((end - start + firstRow) / 7) + 1
  const width = axisWidth + columns * pitch
  return {
    width,
    height: headerHeight + 7 * pitch,
    cells,
    // A month begun in the last two columns has no room for its name inside the picture.
    months: months.filter((m) => m.x <= width - 3 * pitch),
    weekdays: [0, 2, 4].map((row) => ({ row, y: headerHeight + row * pitch + cell - 2 })),
    max,
  }
}

function levelOf(count: number, max: number): HeatCell['level'] {
  if (count <= 0 || max <= 0) return 0
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as HeatCell['level']
}

function dayNumber(date: string): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10)
/** 0 = Sunday, as Date.getUTCDay. */
const weekdayOf = (day: number) => new Date(day * 86_400_000).getUTCDay()
