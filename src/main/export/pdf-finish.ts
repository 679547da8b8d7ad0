import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFRef,
} from '@cantoo/pdf-lib'
import { type ContentsLine, stampContentsNumbers } from './pdf-contents'

/** The contents' page numbers could not be written into this print: print again with them in the page. */
export class ContentsNotPlaced extends Error {
  override name = 'ContentsNotPlaced'
}

/** One bookmark: a title and the anchor (a named destination in the PDF) it opens at. */
export interface OutlineEntry {
  title: string
  anchor: string
  children: OutlineEntry[]
}

/** What the PDF says about itself in its document properties. */
export interface PdfInfo {
  title: string
  author: string
  subject: string
  creator: string
  keywords: string[]
}

/**
 * The last step of a report PDF: its document properties and its outline (the bookmarks a PDF viewer
 * shows beside the pages). Chromium writes neither as the report needs: it sets Creator to the browser,
 * has no Author or Subject, and writes an outline only for a tagged PDF, built from every heading. So the
 * printed file is opened with pdf-lib (@cantoo's maintained fork), given both, and saved again.
 *
 * Each bookmark points at the explicit destination Chromium wrote for its anchor (`/Dests` in the
 * catalog: page and position); an anchor with none (not a link target) is left out, with its children
 * lifted to its place, so a bookmark never opens nowhere.
 */
export async function finishPdf(
  pdf: Uint8Array,
  info: PdfInfo,
  outline: OutlineEntry[],
  /** A one-page PDF to put in place of the first page (the title page without the running footer). */
  firstPage?: Uint8Array,
  /** Page numbers to write into the contents page (see pdf-contents.ts); ContentsNotPlaced when they cannot be. */
  contents?: { lines: ContentsLine[]; pages: ReadonlyMap<string, number> },
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  if (contents && !(await stampContentsNumbers(doc, contents.lines, contents.pages))) {
    throw new ContentsNotPlaced()
  }
  if (firstPage && doc.getPageCount() > 0) {
    const cover = await PDFDocument.load(firstPage, { updateMetadata: false })
    const [page] = await doc.copyPages(cover, [0])
    if (page) {
      doc.removePage(0)
      doc.insertPage(0, page)
    }
  }
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  if (info.author !== '') doc.setAuthor(info.author)
  doc.setSubject(info.subject)
  doc.setCreator(info.creator)
  if (info.keywords.length > 0) doc.setKeywords([info.keywords.join(', ')])

  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  const destOf = (anchor: string) => dests?.lookupMaybe(PDFName.of(anchor), PDFArray)
  const resolved = resolveEntries(outline, destOf)
  if (resolved.length > 0) {
    const root = doc.context.nextRef()
    const count = writeItems(doc, root, resolved)
    doc.context.assign(
      root,
      doc.context.obj({ Type: 'Outlines', First: count.first, Last: count.last, Count: count.open }),
    )
    doc.catalog.set(PDFName.of('Outlines'), root)
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  }
  return doc.save({ useObjectStreams: false })
}

interface Resolved {
  title: string
  dest: PDFArray
  children: Resolved[]
}

function resolveEntries(
  entries: OutlineEntry[],
  destOf: (anchor: string) => PDFArray | undefined,
): Resolved[] {
  return entries.flatMap((entry) => {
    const children = resolveEntries(entry.children, destOf)
    const dest = destOf(entry.anchor)
    return dest ? [{ title: entry.title, dest, children }] : children
  })
}

/**
 * Writes `items` as the children of `parent`; answers the first and last child and how many items are
 * visible under the parent. Sections stay open (their months show); deeper levels start closed, so
 * a year's report shows a short list until the reader opens a month.
 */
function writeItems(
  doc: PDFDocument,
  parent: PDFRef,
  items: Resolved[],
  depth = 0,
): { first: PDFRef; last: PDFRef; open: number } {
  const refs = items.map(() => doc.context.nextRef())
  let open = 0
  for (const [i, item] of items.entries()) {
    const ref = refs[i] as PDFRef
    const dict = doc.context.obj({}) as PDFDict
    dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title))
    dict.set(PDFName.of('Parent'), parent)
    dict.set(PDFName.of('Dest'), item.dest)
    const prev = refs[i - 1]
    const next = refs[i + 1]
    if (prev) dict.set(PDFName.of('Prev'), prev)
    if (next) dict.set(PDFName.of('Next'), next)
    if (item.children.length > 0) {
      const below = writeItems(doc, ref, item.children, depth + 1)
      dict.set(PDFName.of('First'), below.first)
      dict.set(PDFName.of('Last'), below.last)
      // Positive: shown open with that many visible descendants; negative: closed.
      const shownOpen = depth === 0
      dict.set(PDFName.of('Count'), PDFNumber.of(shownOpen ? below.open : -item.children.length))
      if (shownOpen) open += below.open
    }
    doc.context.assign(ref, dict)
    open += 1
  }
  return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, open }
}
