import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFHexString,
  PDFName,
  type PDFNumber,
  PDFRef,
  StandardFonts,
} from '@cantoo/pdf-lib'
import { describe, expect, it } from 'vitest'
import { ContentsNotPlaced, finishPdf } from '../../src/main/export/pdf-finish'

/** A two-page PDF with named destinations as Chromium writes them (catalog /Dests: name -> [page /XYZ x y 0]). */
async function printed(anchors: Record<string, number>): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const pages = [doc.addPage(), doc.addPage()]
  const dests = doc.context.obj({}) as PDFDict
  for (const [anchor, page] of Object.entries(anchors)) {
    dests.set(PDFName.of(anchor), doc.context.obj([pages[page]?.ref ?? null, 'XYZ', 0, 700, 0]))
  }
  doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests))
  doc.setCreator('Chromium')
  return doc.save()
}

interface Item {
  title: string
  count: number | undefined
  page: number
  children: Item[]
}

/** The outline tree as a reader would walk it: First, then Next, down through each item's First. */
async function outlineOf(
  bytes: Uint8Array,
): Promise<{ count: number | undefined; items: Item[]; mode: string }> {
  const doc = await PDFDocument.load(bytes)
  const pageRefs = doc.getPages().map((p) => p.ref.toString())
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)
  const walk = (first: unknown): Item[] => {
    const items: Item[] = []
    let ref = first
    while (ref instanceof PDFRef) {
      const dict = doc.context.lookup(ref, PDFDict)
      const dest = dict.lookup(PDFName.of('Dest'), PDFArray)
      items.push({
        title: (dict.lookup(PDFName.of('Title')) as PDFHexString).decodeText(),
        count: (dict.lookup(PDFName.of('Count')) as PDFNumber | undefined)?.asNumber(),
        page: pageRefs.indexOf(String(dest.get(0))) + 1,
        children: walk(dict.get(PDFName.of('First'))),
      })
      ref = dict.get(PDFName.of('Next'))
    }
    return items
  }
  return {
    count: (root.lookup(PDFName.of('Count')) as PDFNumber).asNumber(),
    items: walk(root.get(PDFName.of('First'))),
    mode: String(doc.catalog.get(PDFName.of('PageMode'))),
  }
}

describe('finishing the report PDF', () => {
  it('writes the document properties and an outline that opens at each destination', async () => {
    const pdf = await printed({ 'sec-summary': 0, 'sec-sessions': 1, 'sessions-2026-03': 1, 'session-a': 1 })
    const finished = await finishPdf(
      pdf,
      {
        title: 'Mentoring progress report',
        author: 'Alex Doe',
        subject: 'This year: mentoring sessions, goals and skills',
        creator: 'Tandem 0.1.0',
        keywords: ['mentoring'],
      },
      [
        { title: 'Summary', anchor: 'sec-summary', children: [] },
        {
          title: 'Sessions',
          anchor: 'sec-sessions',
          children: [
            {
              title: 'March 2026',
              anchor: 'sessions-2026-03',
              children: [{ title: 'Résumé review — «draft»', anchor: 'session-a', children: [] }],
            },
          ],
        },
      ],
    )
    const doc = await PDFDocument.load(finished, { updateMetadata: false })
    expect(doc.getTitle()).toBe('Mentoring progress report')
    expect(doc.getAuthor()).toBe('Alex Doe')
    expect(doc.getSubject()).toBe('This year: mentoring sessions, goals and skills')
    expect(doc.getCreator()).toBe('Tandem 0.1.0')
    expect(doc.getPageCount()).toBe(2)

    const outline = await outlineOf(finished)
    expect(outline.mode).toBe('/UseOutlines')
    // Sections open (their months show), months closed: Summary, Sessions, March = 3 visible.
    expect(outline.count).toBe(3)
    expect(outline.items).toEqual([
      { title: 'Summary', count: undefined, page: 1, children: [] },
      {
        title: 'Sessions',
        count: 1,
        page: 2,
        children: [
          {
            title: 'March 2026',
            count: -1,
            page: 2,
            children: [{ title: 'Résumé review — «draft»', count: undefined, page: 2, children: [] }],
          },
        ],
      },
    ])
  })

  it('an entry without a destination is left out and its children take its place; none at all, no outline', async () => {
    const pdf = await printed({ 'sec-sessions': 1, 'session-a': 1 })
    const info = { title: 'T', author: '', subject: 'S', creator: 'Tandem test', keywords: [] }
    const finished = await finishPdf(pdf, info, [
      {
        title: 'Sessions',
        anchor: 'sec-sessions',
        children: [
          {
            title: 'No such month',
            anchor: 'missing',
            children: [{ title: 'A', anchor: 'session-a', children: [] }],
          },
        ],
      },
    ])
    const outline = await outlineOf(finished)
    expect(outline.items.map((i) => [i.title, i.children.map((c) => c.title)])).toEqual([['Sessions', ['A']]])

    const bare = await finishPdf(await printed({}), info, [
      { title: 'Gone', anchor: 'nowhere', children: [] },
    ])
    const doc = await PDFDocument.load(bare, { updateMetadata: false })
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeUndefined()
    expect(doc.getAuthor()).toBeUndefined()
  })

  it('writes each contents number at its line’s link, or refuses when a line has no link', async () => {
    const doc = await PDFDocument.create()
    const font = await doc.embedFont(StandardFonts.Helvetica)
    const contents = doc.addPage([595, 842])
    doc.addPage([595, 842])
    doc.addPage([595, 842])
    const lines = [
      { anchor: 'sec-summary', level: 1 as const, title: 'Summary', y: 700 },
      { anchor: 'sessions-2026-03', level: 2 as const, title: 'March 2026', y: 670 },
    ]
    const annots = doc.context.obj([]) as PDFArray
    for (const line of lines) {
      contents.drawText(line.title, { x: 57, y: line.y + 7, size: 11, font })
      const link = doc.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [57, line.y, 538, line.y + 24],
        Dest: PDFName.of(line.anchor),
      })
      annots.push(doc.context.register(link))
    }
    contents.node.set(PDFName.of('Annots'), annots)
    const printed = await doc.save()
    const info = { title: 'T', author: '', subject: 'S', creator: 'Tandem test', keywords: [] }
    const pages = new Map([
      ['sec-summary', 3],
      ['sessions-2026-03', 12],
    ])
    const finished = await finishPdf(printed, info, [], undefined, { lines, pages })
    const dir = await mkdtemp(join(tmpdir(), 'tandem-contents-'))
    await writeFile(join(dir, 'r.pdf'), finished)
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', join(dir, 'r.pdf'), '-'], {
      encoding: 'utf8',
    })
    // On the same line as its title, at the right edge.
    expect(text).toMatch(/^\s*Summary\s{3,}3\s*$/m)
    expect(text).toMatch(/^\s*March 2026\s{3,}12\s*$/m)

    const missing = [...lines, { anchor: 'sec-goals', level: 1 as const }]
    await expect(finishPdf(printed, info, [], undefined, { lines: missing, pages })).rejects.toBeInstanceOf(
      ContentsNotPlaced,
    )
  })
})
