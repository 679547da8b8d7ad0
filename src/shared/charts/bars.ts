import { niceTicks } from './ticks'

/**
 * Layout of a vertical bar chart as plain data: boxes, ticks and labels with their coordinates in
 * SVG user units. No React and no DOM, so the screen and a printed report draw the same chart.
 */
export interface BarInput {
  key: string
  /** The label under the bar (a short month name); the caller formats it. */
  label: string
  value: number
}

export interface BarLayout {
  width: number
  height: number
  /** The drawing area inside the axes. */
  plot: { x: number; y: number; width: number; height: number }
  bars: Array<BarInput & { x: number; y: number; width: number; height: number }>
  /** Horizontal grid lines with their value, bottom (0) first. */
  ticks: Array<{ value: number; y: number }>
  /** Labels under the bars; when bars are narrow only every n-th is kept so they never overlap. */
  labels: Array<{ key: string; text: string; x: number; y: number }>
}

export interface BarOptions {
  width?: number
  height?: number
  /** Room on the left for tick numbers, below for labels (user units). */
  axisWidth?: number
  labelHeight?: number
  /** The narrowest a label may be given before some are skipped. */
  minLabelWidth?: number
}

export function layoutBars(values: BarInput[], options: BarOptions = {}): BarLayout {
  const { width = 480, height = 200, axisWidth = 36, labelHeight = 24, minLabelWidth = 40 } = options
  const top = 8
  const plot = { x: axisWidth, y: top, width: width - axisWidth - 4, height: height - top - labelHeight }
  const ticks = niceTicks(Math.max(0, ...values.map((v) => v.value)))
  const max = ticks[ticks.length - 1] ?? 1
  const slot = values.length > 0 ? plot.width / values.length : plot.width
  const barWidth = Math.max(1, slot * 0.7)
  const yOf = (value: number) => plot.y + plot.height - (value / max) * plot.height
  const bars = values.map((v, i) => {
    const y = yOf(v.value)
    return {
      ...v,
      x: round(plot.x + i * slot + (slot - barWidth) / 2),
      y: round(y),
      width: round(barWidth),
      height: round(plot.y + plot.height - y),
    }
  })
  const every = Math.max(1, Math.ceil(minLabelWidth / slot))
  // Counted from the last bar, so the newest month always has its label.
  const labels = values.flatMap((v, i) =>
    (values.length - 1 - i) % every === 0
      ? [{ key: v.key, text: v.label, x: round(plot.x + i * slot + slot / 2), y: round(height - 6) }]
      : [],
  )
  return {
    width,
    height,
    plot,
    bars,
    ticks: ticks.map((value) => ({ value, y: round(yOf(value)) })),
    labels,
  }
}

const round = (n: number) => Math.round(n * 100) / 100
