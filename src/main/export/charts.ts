import { type BarInput, layoutBars } from '../../shared/charts/bars'
import { type LevelInput, layoutLevels } from '../../shared/charts/levels'
import { escapeHtml } from '../../shared/markdown'

/**
 * The report's charts as static SVG, drawn from the same layouts as the app's charts
 * (src/shared/charts/) with their colours written on each shape: the printed page has no app
 * stylesheet and runs no script. Each chart is a <figure> with a caption and an SVG title, and every
 * number is also printed as text, so a reader (and pdftotext) gets the figures without the picture.
 */
const INK = '#1f2328'
const MUTED = '#5f6670'
const GRID = '#e3e6ea'
const ACCENT = '#2f6f5e'
const FONT = `font-family="Helvetica, Arial, 'Liberation Sans', sans-serif"`

function figure(caption: string, width: number, height: number, body: string): string {
  return `<figure class="chart"><svg viewBox="0 0 ${width} ${height}" width="100%" overflow="visible" role="img" aria-label="${escapeHtml(caption)}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(caption)}</title>${body}</svg><figcaption>${escapeHtml(caption)}</figcaption></figure>`
}

export function barChartSvg(
  caption: string,
  bars: BarInput[],
  format: (value: number) => string = String,
  options: { width?: number; height?: number } = {},
): string {
  // Half a page wide on paper (two side by side): 260 units keep the axis text near 7 pt.
  const chart = layoutBars(bars, {
    width: options.width ?? 260,
    height: options.height ?? 150,
    axisWidth: 28,
    labelHeight: 20,
    minLabelWidth: 34,
  })
  const base = chart.plot.y + chart.plot.height
  const right = chart.plot.x + chart.plot.width
  const grid = chart.ticks
    .map(
      (t) =>
        `<line x1="${chart.plot.x}" x2="${right}" y1="${t.y}" y2="${t.y}" stroke="${GRID}" stroke-width="0.8"/><text x="${chart.plot.x - 6}" y="${t.y + 3.5}" text-anchor="end" font-size="10" fill="${MUTED}" ${FONT}>${escapeHtml(format(t.value))}</text>`,
    )
    .join('')
  const rects = chart.bars
    .filter((b) => b.height > 0)
    .map(
      (b) =>
        `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="1.5" fill="${ACCENT}"><title>${escapeHtml(`${b.label}: ${format(b.value)}`)}</title></rect>`,
    )
    .join('')
  // The value over each bar, when bars are wide enough to carry it.
  const values =
    chart.bars.length > 0 && (chart.bars[0]?.width ?? 0) >= 14
      ? chart.bars
          .filter((b) => b.value > 0)
          .map(
            (b) =>
              `<text x="${b.x + b.width / 2}" y="${b.y - 3}" text-anchor="middle" font-size="9" fill="${INK}" ${FONT}>${escapeHtml(format(b.value))}</text>`,
          )
          .join('')
      : ''
  const labels = chart.labels
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" text-anchor="middle" font-size="10" fill="${MUTED}" ${FONT}>${escapeHtml(l.text)}</text>`,
    )
    .join('')
  const baseline = `<line x1="${chart.plot.x}" x2="${right}" y1="${base}" y2="${base}" stroke="${MUTED}" stroke-width="1"/>`
  return figure(caption, chart.width, chart.height, `${grid}${rects}${values}${baseline}${labels}`)
}

/** Skills on the 1–5 scale: a hollow dot where the period started each, a filled one where it ended. */
export function levelChartSvg(
  caption: string,
  rows: LevelInput[],
  levelWords: (n: number) => string,
): string {
  const chart = layoutLevels(rows)
  const short = (text: string) => (text.length > 34 ? `${text.slice(0, 33)}…` : text)
  const ticks = chart.ticks
    .map(
      (t) =>
        `<line x1="${t.x}" x2="${t.x}" y1="2" y2="${chart.axisY - 10}" stroke="${GRID}" stroke-width="0.8"/><text x="${t.x}" y="${chart.axisY}" text-anchor="middle" font-size="10" fill="${MUTED}" ${FONT}>${t.level}</text>`,
    )
    .join('')
  const body = chart.rows
    .map((r) => {
      const title = `<title>${escapeHtml(`${r.label}: ${levelWords(r.from)} → ${levelWords(r.to)}`)}</title>`
      const line =
        r.xFrom === r.xTo
          ? ''
          : `<line x1="${r.xFrom}" x2="${r.xTo}" y1="${r.y}" y2="${r.y}" stroke="${ACCENT}" stroke-width="2.2"/>`
      return `<g>${title}<text x="0" y="${r.y + 3.5}" font-size="10" fill="${INK}" ${FONT}>${escapeHtml(short(r.label))}</text>${line}<circle cx="${r.xFrom}" cy="${r.y}" r="4" fill="#ffffff" stroke="${ACCENT}" stroke-width="1.6"/><circle cx="${r.xTo}" cy="${r.y}" r="4.5" fill="${ACCENT}"/></g>`
    })
    .join('')
  return figure(caption, chart.width, chart.height, `${ticks}${body}`)
}
