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
import { ContentsNotPlaced, finishPdf, type PdfInfo } from './pdf-finish'
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
 * Report -> PDF with a table of contents that gives true page numbers: print once with the numbers left
 * blank, read where each heading landed from the PDF's named destinations, and write the numbers into
 * the contents page (pdf-contents.ts). Where that cannot be done, print again with the numbers in the
 * page: the contents' length does not depend on them, so that print normally confirms them; if not, a
 * third settles it.
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
  const lines = tocLines(report)
  const info = pdfInfo(report, appVersion)
  const outline = outlineOf(report)
  const titlePage = () => print(titleDocument(report), { ...options, headerFooter: false })

  // One print with the contents' numbers left blank; they are then written into it where they belong.
  progress('laying-out', 'Laying out the pages', 35)
  const first = await print(reportDocument(report, bodies, new Map()), options)
  throwIfCancelled(signal)
  const layout = readPdfLayout(first)
  // Chromium prints the running footer on every page: the title page is printed again on its own, without it.
  const title = await titlePage()
  throwIfCancelled(signal)
  progress('numbering', `Numbering the contents (${layout.pageCount} pages)`, 85)
  try {
    const pdf = await finishPdf(first, info, outline, title, { lines, pages: layout.pages })
    return { pdf, pageCount: layout.pageCount }
  } catch (error) {
    if (!(error instanceof ContentsNotPlaced)) throw error
  }

  // The numbers could not be written in: print with them in the page until they stop moving.
  const anchors = lines.map((line) => line.anchor)
  let pages = layout.pages
  let pdf: Uint8Array = first
  let pageCount = layout.pageCount
  for (let pass = 2; pass <= 3; pass++) {
    throwIfCancelled(signal)
    progress('numbering', `Numbering the contents (${pageCount} pages)`, 65 + (pass - 2) * 15)
    pdf = await print(reportDocument(report, bodies, pages), options)
    throwIfCancelled(signal)
    const again = readPdfLayout(pdf)
    pageCount = again.pageCount
    const settled = anchors.every((a) => again.pages.get(a) === pages.get(a))
    pages = again.pages
    if (settled) break
  }
  throwIfCancelled(signal)
  progress('numbering', 'Adding bookmarks', 95)
  return { pdf: await finishPdf(pdf, info, outline, title), pageCount }
}

/** The document properties: what a PDF viewer's "Properties" and a file search show. */
export function pdfInfo(report: ProgressReport, appVersion: string): PdfInfo {
  const relationship = report.focus === 'partner'
  return {
    title: report.title,
    author: report.author,
    subject: relationship
      ? `Relationship report: the mentoring with ${report.partner ?? ''}, ${periodLine(report)}: sessions, what I learned and shared, skills and goals`
      : `${periodLine(report)}${report.partner ? `, with ${report.partner}` : ''}: mentoring sessions, goals and skills`,
    creator: `Tandem ${appVersion}`,
    keywords: [
      'mentoring',
      relationship ? 'relationship report' : 'progress report',
      ...(report.partner ? [report.partner] : []),
    ],
  }
}
