import { escapeHtml } from '../../../shared/markdown'
import type { BuiltSection, SummaryFact, SummaryTable } from './types'

export const SUMMARY_ID = 'summary'
export const summaryInfo = {
  id: SUMMARY_ID,
  title: 'Summary',
  description: 'Sessions held, hours, and what every other part adds up to.',
}

export interface SummaryModel {
  periodLabel: string
  partner: string | null
  facts: SummaryFact[]
  tables: SummaryTable[]
  /** Static SVG figures (sessions and hours per month), printed between the figures and the tables. */
  charts: string[]
}

function tableHtml(table: SummaryTable): string {
  const head = table.columns.map((c, i) => `<th${i > 0 ? ' class="num"' : ''}>${escapeHtml(c)}</th>`).join('')
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${i > 0 ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('')
  return `<h3 class="table-title">${escapeHtml(table.title)}</h3><table class="summary-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
}

function tableMarkdown(table: SummaryTable): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|')
  return [
    `### ${table.title}`,
    '',
    `| ${table.columns.map(cell).join(' | ')} |`,
    `| ${table.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n')
}

/** The summary is built last, from the figures every other section contributes. */
export function buildSummary(model: SummaryModel): BuiltSection {
  return {
    ...summaryInfo,
    anchor: `sec-${SUMMARY_ID}`,
    model,
    facts: [],
    tables: [],
    charts: [],
    summaryOrder: 0,
    subEntries: [],
    isEmpty: false,
    html: () => {
      const intro = `<p class="lead">${escapeHtml(model.periodLabel)}${model.partner ? ` · with ${escapeHtml(model.partner)}` : ''}</p>`
      if (model.facts.length === 0) return `${intro}<p class="empty">Nothing was recorded in this period.</p>`
      const cells = model.facts
        .map(
          (f) =>
            `<div class="fact"><div class="fact-value">${escapeHtml(f.value)}</div><div class="fact-label">${escapeHtml(f.label)}</div>${f.detail ? `<div class="fact-detail">${escapeHtml(f.detail)}</div>` : ''}</div>`,
        )
        .join('')
      const charts = model.charts.length ? `<div class="charts">${model.charts.join('')}</div>` : ''
      return `${intro}<div class="facts">${cells}</div>${charts}${model.tables.map(tableHtml).join('')}`
    },
    markdown: () => {
      const lines = [`*${model.periodLabel}${model.partner ? ` · with ${model.partner}` : ''}*`, '']
      if (model.facts.length === 0) lines.push('Nothing was recorded in this period.')
      for (const f of model.facts)
        lines.push(`- **${f.label}:** ${f.value}${f.detail ? ` (${f.detail})` : ''}`)
      for (const table of model.tables) lines.push('', tableMarkdown(table))
      return `${lines.join('\n')}\n`
    },
    files: () => null,
  }
}
