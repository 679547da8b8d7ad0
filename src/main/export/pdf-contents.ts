import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFString, rgb, StandardFonts } from '@cantoo/pdf-lib'

export interface ContentsLine {
  anchor: string
  level: 1 | 2
}

/** The contents' look (print-css.ts): level 1 bold 11.5 pt in ink, level 2 regular 10.5 pt, muted. */
const STYLE = {
  1: { size: 11.5, bold: true, color: rgb(0x1f / 255, 0x23 / 255, 0x28 / 255) },
  2: { size: 10.5, bold: false, color: rgb(0x44 / 255, 0x4b / 255, 0x55 / 255) },
} as const
/** Each contents line's link box has 1.2 mm of padding above and below its text (print-css.ts). */
const PADDING_PT = (1.2 / 25.4) * 72
/** Where the baseline sits in a 1.5 line height box of Helvetica-metric text, from its bottom, per point of size. */
const BASELINE = 0.4

/** The internal link target an annotation names, by /Dest or by a GoTo action. */
function destName(annot: PDFDict): string | null {
  const dest = annot.get(PDFName.of('Dest'))
  if (dest instanceof PDFName) return dest.decodeText()
  if (dest instanceof PDFString) return dest.decodeText()
  const action = annot.lookupMaybe(PDFName.of('A'), PDFDict)
  const target = action?.get(PDFName.of('D'))
  if (target instanceof PDFName || target instanceof PDFString) return target.decodeText()
  return null
}

/**
 * Writes each contents line's page number into the printed PDF, right-aligned in the slot the line
 * keeps for it, at the line's baseline. Chromium draws each contents line as a link, so its box is the
 * annotation's /Rect; the numbers come from where the headings landed in the same print. One print then
 * does what took two (print, read the pages, print again with them). Answers false, changing nothing,
 * when some line's link or page cannot be found: the caller then prints again with the numbers in.
 */
export async function stampContentsNumbers(
  doc: PDFDocument,
  lines: ContentsLine[],
  pages: ReadonlyMap<string, number>,
): Promise<boolean> {
  const levelOf = new Map(lines.map((line) => [line.anchor, line.level]))
  const places: Array<{ page: number; anchor: string; rect: number[] }> = []
  for (const [index, page] of doc.getPages().entries()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots?.lookupMaybe(i, PDFDict)
      if (!annot) continue
      if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Link') continue
      const anchor = destName(annot)
      if (anchor === null || !levelOf.has(anchor)) continue
      const rect = annot.lookupMaybe(PDFName.of('Rect'), PDFArray)
      const numbers = rect?.asArray().map((n) => Number(n.toString())) ?? []
      if (numbers.length === 4 && numbers.every(Number.isFinite))
        places.push({ page: index, anchor, rect: numbers })
    }
  }
  const found = new Set(places.map((p) => p.anchor))
  if (lines.some((line) => !found.has(line.anchor) || !pages.has(line.anchor))) return false
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  for (const { page, anchor, rect } of places) {
    const style = STYLE[levelOf.get(anchor) ?? 2]
    const font = style.bold ? bold : regular
    const text = String(pages.get(anchor))
    const [xa = 0, ya = 0, xb = 0, yb = 0] = rect
    doc.getPage(page).drawText(text, {
      x: Math.max(xa, xb) - font.widthOfTextAtSize(text, style.size),
      y: Math.min(ya, yb) + PADDING_PT + BASELINE * style.size,
      size: style.size,
      font,
      color: style.color,
    })
  }
  return true
}
