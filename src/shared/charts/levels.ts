/**
 * Layout of a "from → to" chart of skill levels as plain data: one row per skill, a dot where the period
 * started it and one where it ended, on a scale of 1 to 5. No React and no DOM, like bars.ts, so a screen
 * and the printed report can draw the same chart.
 */
export interface LevelInput {
  key: string
  label: string
  from: number
  to: number
}

export interface LevelLayout {
  width: number
  height: number
  /** Where the scale runs: x of level 1 and of level 5. */
  scale: { x1: number; x2: number }
  ticks: Array<{ level: number; x: number }>
  rows: Array<LevelInput & { y: number; xFrom: number; xTo: number }>
  /** The line of level numbers under the rows. */
  axisY: number
}

export interface LevelOptions {
  width?: number
  rowHeight?: number
  /** Room on the left for the skill names (user units). */
  labelWidth?: number
  min?: number
  max?: number
}

export function layoutLevels(rows: LevelInput[], options: LevelOptions = {}): LevelLayout {
  const { width = 480, rowHeight = 22, labelWidth = 190, min = 1, max = 5 } = options
  const x1 = labelWidth + 10
  const x2 = width - 12
  const xOf = (level: number) => round(x1 + ((level - min) / (max - min)) * (x2 - x1))
  const top = 6
  const placed = rows.map((row, i) => ({
    ...row,
    y: round(top + i * rowHeight + rowHeight / 2),
    xFrom: xOf(row.from),
    xTo: xOf(row.to),
  }))
  const axisY = round(top + rows.length * rowHeight + 14)
  return {
    width,
    height: round(axisY + 8),
    scale: { x1, x2 },
    ticks: Array.from({ length: max - min + 1 }, (_, i) => ({ level: min + i, x: xOf(min + i) })),
    rows: placed,
    axisY,
  }
}

const round = (n: number) => Math.round(n * 100) / 100
