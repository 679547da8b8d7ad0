import { TandemError } from '../../shared/errors'
import type { PrintOptions } from '../context'
import {
  footerTemplate,
  headerTemplate,
  outlineOf,
  renderSectionBodies,
  reportDocument,
  titleDocument,
  tocLines,
} from './html'
import { finishPdf, type PdfInfo } from './pdf-finish'
import { readPdfLayout } from './pdf-pages'
import { type ProgressReport, periodLine } from './report'

export type Printer = (html: string, options: PrintOptions) => Promise<Uint8Array>
export type Progress = (
  stage: 'building' | 'laying-out' | 'numbering',
  label: string,
  percent: number,
) => void

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TandemError('cancelled', 'The export was cancelled. Nothing was saved.')
}

/**
 * Report -> PDF with a table of contents that gives true page numbers: print once, read where each
 * heading landed from the PDF's named destinations, print again with those numbers. The contents'
 * length does not depend on the numbers, so the second print normally confirms them; if not, a third
 * print settles it.
 */
export async function renderReportPdf(
  report: ProgressReport,
  print: Printer,
  progress: Progress,
  signal?: AbortSignal,
  appVersion = 'development',
): Promise<{ pdf: Uint8Array; pageCount: number }> {
  const bodies = await renderSectionBodies(report, (done, total) => {
    throwIfCancelled(signal)
    progress(
      'building',
      `Building the report (${done} of ${total} sections)`,
      10 + Math.round((20 * done) / total),
    )
  })
  const options: PrintOptions = {
    pageSize: report.pageSize,
    headerTemplate,
    footerTemplate: footerTemplate(report),
    signal,
  }
  const anchors = tocLines(report).map((line) => line.anchor)
  let pages = new Map<string, number>()
  let pdf: Uint8Array | null = null
  let pageCount = 0
  for (let pass = 1; pass <= 3; pass++) {
    throwIfCancelled(signal)
    progress(
      pass === 1 ? 'laying-out' : 'numbering',
      pass === 1 ? 'Laying out the pages' : `Numbering the contents (${pageCount} pages)`,
      pass === 1 ? 35 : 65 + (pass - 2) * 15,
    )
    // The first pass only finds where headings land: a draft print, a good deal faster.
    pdf = await print(reportDocument(report, bodies, pages), { ...options, draft: pass === 1 })
    throwIfCancelled(signal)
    const layout = readPdfLayout(pdf)
    pageCount = layout.pageCount
    const settled = anchors.every((a) => layout.pages.get(a) === pages.get(a))
    if (settled && pass > 1) break
    pages = layout.pages
  }
  if (pdf === null) throw new TandemError('internal', 'The PDF could not be made.')
  throwIfCancelled(signal)
  // Chromium prints the running footer on every page: the title page is printed again on its own, without it.
  const title = await print(titleDocument(report), { ...options, headerFooter: false })
  throwIfCancelled(signal)
  progress('numbering', 'Adding bookmarks', 95)
  const finished = await finishPdf(pdf, pdfInfo(report, appVersion), outlineOf(report), title)
  return { pdf: finished, pageCount }
}

/** The document properties: what a PDF viewer's "Properties" and a file search show. */
export function pdfInfo(report: ProgressReport, appVersion: string): PdfInfo {
  return {
    title: report.title,
    author: report.author,
    subject: `${periodLine(report)}${report.partner ? `, with ${report.partner}` : ''}: mentoring sessions, goals and skills`,
    creator: `Tandem ${appVersion}`,
    keywords: ['mentoring', 'progress report', ...(report.partner ? [report.partner] : [])],
  }
}
