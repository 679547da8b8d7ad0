import { expect, test } from 'vitest'
import { readPdfLayout } from '../../src/main/export/pdf-pages'

/** The shape Chromium's PDF backend writes: a page tree (nested past 8 pages) and a /Dests dictionary. */
function fakePdf(): Uint8Array {
  const objects = [
    '1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>\nendobj',
    '2 0 obj\n<</Type /Pages\n/Count 4\n/Kids [3 0 R 4 0 R]>>\nendobj',
    '3 0 obj\n<</Type /Pages\n/Count 2\n/Kids [10 0 R 11 0 R]>>\nendobj',
    '4 0 obj\n<</Type /Pages\n/Count 2\n/Kids [12 0 R 13 0 R]>>\nendobj',
    '9 0 obj\n<</sec-summary [11 0 R /XYZ 6 800 0]\n/sec-sessions [12 0 R /XYZ 6 700 0]\n/sessions-2026-10 [13 0 R /XYZ 6 500 0]\n/odd#2Dname [10 0 R /XYZ 0 0 0]>>\nendobj',
    ...[10, 11, 12, 13].map((n) => `${n} 0 obj\n<</Type /Page\n/Parent 2 0 R>>\nendobj`),
  ]
  return new TextEncoder().encode(`%PDF-1.4\n${objects.join('\n')}\n%%EOF`)
}

test('reads the page count and the page each link target landed on', () => {
  const layout = readPdfLayout(fakePdf())
  expect(layout.pageCount).toBe(4)
  expect(Object.fromEntries(layout.pages)).toEqual({
    'sec-summary': 2,
    'sec-sessions': 3,
    'sessions-2026-10': 4,
    'odd-name': 1,
  })
})

test('something that is not a PDF has no pages', () => {
  expect(readPdfLayout(new TextEncoder().encode('hello')).pageCount).toBe(0)
})
