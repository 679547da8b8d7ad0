import { describe, expect, test } from 'vitest'
import { barChartSvg, levelChartSvg } from '../../src/main/export/charts'
import { dateWords, monthsBetween } from '../../src/main/export/period'
import { layoutLevels } from '../../src/shared/charts/levels'

describe('the report’s charts', () => {
  test('months run whole across a year end, empty months included', () => {
    expect(monthsBetween('2025-11-20', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03'])
    expect(dateWords('en-GB').shortMonth('2026-11')).toBe('Nov')
    expect(dateWords('en-GB').shortMonth('2026-01')).toBe('Jan 2026')
    expect(dateWords('de-DE').shortMonth('2026-03', true)).toBe('März 2026')
  })

  test('a bar chart is one static SVG figure: a bar per month with a value, escaped text, no script', () => {
    const svg = barChartSvg('Sessions <per> month', [
      { key: '2026-09', label: 'Sept 2026', value: 4 },
      { key: '2026-10', label: 'Oct', value: 0 },
      { key: '2026-11', label: 'Nov', value: 7 },
    ])
    expect(svg.startsWith('<figure class="chart"><svg')).toBe(true)
    expect(svg).toContain('<title>Sessions &lt;per&gt; month</title>')
    expect(svg).toContain('<figcaption>Sessions &lt;per&gt; month</figcaption>')
    // Two bars (an empty month draws none), each with its value over it and in its title.
    expect(svg.match(/<rect /g)).toHaveLength(2)
    expect(svg).toContain('<title>Nov: 7</title>')
    expect(svg).toMatch(/>Sept 2026<\/text>/)
    expect(svg).toMatch(/>Oct<\/text>/)
    expect(svg).not.toMatch(/<script|on\w+=|href=/i)
  })

  test('the level chart places each skill’s start and end on the 1–5 scale', () => {
    const layout = layoutLevels([
      { key: 'a', label: 'Pivot tables', from: 1, to: 4 },
      { key: 'b', label: 'Retros', from: 3, to: 3 },
    ])
    expect(layout.ticks.map((t) => t.level)).toEqual([1, 2, 3, 4, 5])
    const [pivots, retros] = layout.rows
    expect(pivots?.xFrom).toBe(layout.scale.x1)
    expect(pivots?.xTo).toBeCloseTo(layout.scale.x1 + 0.75 * (layout.scale.x2 - layout.scale.x1), 1)
    expect(retros?.xFrom).toBe(retros?.xTo)
    expect((retros?.y ?? 0) > (pivots?.y ?? 0)).toBe(true)
    const svg = levelChartSvg('Skill levels', layout.rows, (n) => `level ${n}`)
    expect(svg).toContain('<title>Pivot tables: level 1 → level 4</title>')
    // A skill that moved has a line from its start to its end; one that held has none.
    expect(svg.match(/<line x1="[\d.]+" x2="[\d.]+" y1="[\d.]+" y2="[\d.]+" stroke="#2f6f5e"/g)).toHaveLength(
      1,
    )
  })
})
