import { describe, expect, it } from 'vitest'
import { layoutBars } from '../../src/shared/charts/bars'
import { layoutHeatmap } from '../../src/shared/charts/heatmap'
import { niceTicks } from '../../src/shared/charts/ticks'

describe('niceTicks', () => {
  it('rounds the top up to whole steps of 1, 2 or 5', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8])
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4])
    expect(niceTicks(23)).toEqual([0, 10, 20, 30])
    expect(niceTicks(1)).toEqual([0, 1])
  })

  it('gives an empty chart an axis from 0 to 1', () => {
    expect(niceTicks(0)).toEqual([0, 1])
  })

  it('keeps fractional steps for hours', () => {
    expect(niceTicks(1.5)).toEqual([0, 0.5, 1, 1.5])
  })
})

describe('layoutBars', () => {
  const months = ['Jan', 'Feb', 'Mar', 'Apr'].map((label, i) => ({
    key: `2026-0${i + 1}`,
    label,
    value: [2, 0, 4, 1][i] ?? 0,
  }))

  it('places bars side by side, heights in proportion to the axis top, on a common baseline', () => {
    const chart = layoutBars(months, { width: 436, height: 232, axisWidth: 32, labelHeight: 24 })
    // Plot: x 32..432 (400 wide), y 8..208 (200 tall); top tick 4.
    expect(chart.plot).toEqual({ x: 32, y: 8, width: 400, height: 200 })
    expect(chart.bars.map((b) => [b.x, b.width, b.y, b.height])).toEqual([
      [47, 70, 108, 100],
      [147, 70, 208, 0],
      [247, 70, 8, 200],
      [347, 70, 158, 50],
    ])
    expect(chart.ticks.map((t) => [t.value, t.y])).toEqual([
      [0, 208],
      [1, 158],
      [2, 108],
      [3, 58],
      [4, 8],
    ])
    expect(chart.labels.map((l) => [l.text, l.x])).toEqual([
      ['Jan', 82],
      ['Feb', 182],
      ['Mar', 282],
      ['Apr', 382],
    ])
  })

  it('skips labels that would overlap, always keeping the last', () => {
    const many = Array.from({ length: 24 }, (_, i) => ({ key: `m${i}`, label: `M${i}`, value: i }))
    const chart = layoutBars(many, { width: 280, axisWidth: 40, minLabelWidth: 40 })
    // 236 units for 24 bars: about 9.8 each, so one label in five.
    expect(chart.labels.map((l) => l.key)).toEqual(['m3', 'm8', 'm13', 'm18', 'm23'])
  })
})

describe('layoutHeatmap', () => {
  it('lays out one column per week with Monday on top and levels by quarters of the busiest day', () => {
    // 1 December 2026 is a Tuesday: the first column starts on Monday 30 November (not drawn).
    const counts = new Map([
      ['2026-12-01', 4],
      ['2026-12-02', 1],
      ['2026-12-07', 2],
    ])
    const chart = layoutHeatmap('2026-12-01', '2026-12-14', counts, {
      cell: 10,
      gap: 2,
      axisWidth: 30,
      headerHeight: 16,
    })
    expect(chart.cells).toHaveLength(14)
    expect(chart.cells[0]).toEqual({ date: '2026-12-01', count: 4, level: 4, x: 30, y: 28, size: 10 })
    expect(chart.cells[1]).toMatchObject({ date: '2026-12-02', level: 1, x: 30, y: 40 })
    // Monday 7 December starts the second column.
    expect(chart.cells[6]).toMatchObject({ date: '2026-12-07', level: 2, x: 42, y: 16 })
    expect(chart.cells.at(-1)).toMatchObject({ date: '2026-12-14', level: 0, x: 54, y: 16 })
    expect(chart.width).toBe(30 + 3 * 12)
    expect(chart.height).toBe(16 + 7 * 12)
    expect(chart.max).toBe(4)
    expect(chart.months).toEqual([{ month: '2026-12', x: 30, y: 12 }])
  })

  it('names each month once, where its first week begins', () => {
    const chart = layoutHeatmap('2025-11-28', '2026-11-27', new Map(), { cell: 10, gap: 2 })
    expect(chart.months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    expect(chart.cells).toHaveLength(365)
    // A month begun in the last column has no room for its name: December 2026 is left unnamed.
    const late = layoutHeatmap('2025-12-03', '2026-12-02', new Map())
    expect(late.months.at(-1)?.month).toBe('2026-11')
    expect(late.months.every((m) => m.x <= late.width - 3 * 13)).toBe(true)
    expect(chart.cells.every((c) => c.level === 0)).toBe(true)
  })
})
