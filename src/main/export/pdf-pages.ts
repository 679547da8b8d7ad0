/**
 * Reads, from a PDF Chromium printed, on which page each link target landed. Chromium (Skia) writes an
 * internal link's target as a named destination `/name [pageRef /XYZ x y 0]` in the catalog's /Dests
 * dictionary, uncompressed; the page tree gives each page object its number. That is all the table of
 * contents needs, with no PDF library and no script in the printed page.
 */
export interface PdfLayout {
  pageCount: number
  /** Anchor -> 1-based page number. */
  pages: Map<string, number>
}

/** Where each object starts, found in one pass (a year's report has thousands of objects). */
function objectIndex(pdf: string): Map<number, number> {
  const index = new Map<number, number>()
  for (const match of pdf.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) index.set(Number(match[1]), match.index)
  return index
}

type Lookup = (ref: number) => string | null

function lookupIn(pdf: string): Lookup {
  const index = objectIndex(pdf)
  return (ref) => {
    const start = index.get(ref)
    if (start === undefined) return null
    const end = pdf.indexOf('endobj', start)
    return end === -1 ? null : pdf.slice(start, end)
  }
}

function refsIn(text: string): number[] {
  return Array.from(text.matchAll(/(\d+) 0 R/g), (m) => Number(m[1]))
}

function pageOrder(objectBody: Lookup, pagesRef: number, depth = 0): number[] {
  const node = objectBody(pagesRef)
  if (node === null || depth > 32) return []
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1]
  if (kids === undefined) return []
  return refsIn(kids).flatMap((ref) => {
    const kid = objectBody(ref) ?? ''
    return /\/Type\s*\/Pages\b/.test(kid) ? pageOrder(objectBody, ref, depth + 1) : [ref]
  })
}

export function readPdfLayout(bytes: Uint8Array): PdfLayout {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const catalogAt = pdf.search(/\/Type\s*\/Catalog\b/)
  if (catalogAt === -1) return { pageCount: 0, pages: new Map() }
  const catalog = pdf.slice(pdf.lastIndexOf(' obj', catalogAt), pdf.indexOf('endobj', catalogAt))
  const objectBody = lookupIn(pdf)
  const pagesRef = /\/Pages\s+(\d+) 0 R/.exec(catalog)?.[1]
  const order = pagesRef === undefined ? [] : pageOrder(objectBody, Number(pagesRef))
  const numberOf = new Map(order.map((ref, i) => [ref, i + 1]))
  const pages = new Map<string, number>()
  const destsRef = /\/Dests\s+(\d+) 0 R/.exec(catalog)?.[1]
  const dests = destsRef === undefined ? null : objectBody(Number(destsRef))
  for (const match of dests?.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g) ?? []) {
    const [, name = '', ref = ''] = match
    const page = numberOf.get(Number(ref))
    if (page !== undefined) pages.set(decodePdfName(name), page)
  }
  return { pageCount: order.length, pages }
}

/** PDF names escape unusual bytes as #xx. */
function decodePdfName(name: string): string {
  return name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}
