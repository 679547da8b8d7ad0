import { escapeHtml } from '../../shared/markdown'
import type { OutlineEntry } from './pdf-finish'
import { printCss } from './print-css'
import { type ProgressReport, partnerList, periodLine } from './report'
import type { TocEntry } from './sections/types'

/** The printer page's own policy: its inline <style>, nothing else (no script, no fetch, no images from outside). */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

export interface TocLine {
  anchor: string
  title: string
  level: 1 | 2
}

export function tocLines(report: ProgressReport): TocLine[] {
  return report.sections.flatMap((section) => [
    { anchor: section.anchor, title: section.title, level: 1 as const },
    ...section.subEntries.map((e) => ({ anchor: e.anchor, title: e.title, level: 2 as const })),
  ])
}

/** The PDF's bookmarks: each section, its sub-headings, and what lies under those (each session). */
export function outlineOf(report: ProgressReport): OutlineEntry[] {
  const entry = (e: TocEntry): OutlineEntry => ({
    title: e.title,
    anchor: e.anchor,
    children: (e.children ?? []).map(entry),
  })
  return report.sections.map((section) => ({
    title: section.title,
    anchor: section.anchor,
    children: section.subEntries.map(entry),
  }))
}

/**
 * Chromium writes a named destination (page and position) only for an element some link points at.
 * The contents page links the sections and months; these links, never shown, do the same for what only
 * the outline lists, so each bookmark has a place to open at.
 */
function outlineTargets(report: ProgressReport): string {
  const inContents = new Set(tocLines(report).map((line) => line.anchor))
  const anchors: string[] = []
  const walk = (entries: OutlineEntry[]) => {
    for (const e of entries) {
      if (!inContents.has(e.anchor)) anchors.push(e.anchor)
      walk(e.children)
    }
  }
  walk(outlineOf(report))
  if (anchors.length === 0) return ''
  return `<div class="outline-targets" aria-hidden="true">${anchors.map((a) => `<a href="#${a}"></a>`).join('')}</div>`
}

function titlePage(report: ProgressReport): string {
  const partners = report.partner ? [report.partner] : report.partners
  const people = [
    partners.length > 0
      ? `<dt>${partners.length === 1 ? 'Mentoring partner' : 'Mentoring partners'}</dt><dd>${escapeHtml(partnerList(partners))}</dd>`
      : '',
    report.author ? `<dt>Prepared by</dt><dd>${escapeHtml(report.author)}</dd>` : '',
    `<dt>Generated</dt><dd>${escapeHtml(report.dates.date(report.generatedOn))}</dd>`,
  ].join('')
  return `<section class="title-page">
<p class="kicker">Tandem · Mentoring journal</p>
<h1>${escapeHtml(report.title)}</h1>
<p class="period">${escapeHtml(periodLine(report))}</p>
<dl class="people">${people}</dl>
<p class="confidential">Personal development record${report.includePrivate ? ', including entries marked private' : ''}. Exported from Tandem, a private journal kept on the author's own computer.</p>
</section>`
}

function toc(lines: TocLine[], pages: ReadonlyMap<string, number>): string {
  const items = lines
    .map(
      (line) =>
        `<li class="level-${line.level}"><a href="#${line.anchor}"><span class="title">${escapeHtml(line.title)}</span><span class="leader"></span><span class="page">${pages.get(line.anchor) ?? ''}</span></a></li>`,
    )
    .join('\n')
  return `<nav class="toc" id="contents"><h2>Contents</h2><ol>${items}</ol></nav>`
}

/** The sections' bodies, rendered once and reused by every layout pass. */
export async function renderSectionBodies(
  report: ProgressReport,
  onSection: (done: number, total: number) => void = () => undefined,
): Promise<string[]> {
  const bodies: string[] = []
  for (const [i, section] of report.sections.entries()) {
    bodies.push(
      `<section class="report-section${section.isEmpty ? ' empty-section' : ''}" id="${section.anchor}"><h2>${escapeHtml(section.title)}</h2>\n${section.html()}\n</section>`,
    )
    onSection(i + 1, report.sections.length)
    // Long reports: let the engine answer other requests between sections.
    await new Promise((resolve) => setImmediate(resolve))
  }
  return bodies
}

/** A standalone printable page around `body`: the report's title, its style and the strict policy. */
function printPage(report: ProgressReport, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<title>${escapeHtml(report.title)}</title>
<style>${printCss(report.pageSize)}</style>
</head><body>
${body}
</body></html>`
}

/** A complete standalone document: title page, contents with the given page numbers, sections. */
export function reportDocument(
  report: ProgressReport,
  bodies: string[],
  pages: ReadonlyMap<string, number>,
): string {
  return printPage(
    report,
    [titlePage(report), toc(tocLines(report), pages), outlineTargets(report), ...bodies].join('\n'),
  )
}

/** The title page alone, printed without the running footer and put in place of the first page. */
export function titleDocument(report: ProgressReport): string {
  return printPage(report, titlePage(report))
}

/** Chromium's running footer: who and what on the left, page x of y on the right. Inline styles are the only kind templates take. */
export function footerTemplate(report: ProgressReport): string {
  const left = [report.title, report.author].filter((s) => s !== '').join(' · ')
  return `<div style="width:100%;font-size:7.5pt;font-family:Helvetica,Arial,'Liberation Sans',sans-serif;color:#6b7280;padding:0 20mm;display:flex;justify-content:space-between;"><span>${escapeHtml(left)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}

export const headerTemplate = '<span></span>'
