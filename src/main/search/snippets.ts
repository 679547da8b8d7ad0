import type { SearchField, SearchSnippet } from '../../shared/domain/search'
import type { SearchDoc } from './documents'
import { processTerm, type Word, wordsOf } from './folding'

/** About this many characters of text around the first match. */
const WINDOW = 160
/** How much of the window comes before the first match. */
const LEAD = 50

/**
 * Markdown marks that mean nothing in one line of plain text, then runs of spaces and line breaks.
 * Marks inside a word stay: dropping them would join two words the index keeps apart.
 */
function plain(text: string): string {
  return text
    .replace(/^\s*(?:[-*+]|\d+\.|#{1,6}|>)\s+/gm, '')
    .replace(/(?<=^|\s)[*_`~]+|[*_`~]+(?=\s|$|[.,;:!?])/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface Placed {
  field: SearchField
  entryId: string | null
  snippet: SearchSnippet
  matchText: string
}

/**
 * Where in `field` the first of `terms` (folded words the index matched) is, and a snippet around it.
 * A list field answers its first entry holding a match. Null when no word of the field matches
 * (a match the fold cannot place, which the caller treats as no place).
 */
export function place(doc: SearchDoc, field: SearchField, terms: ReadonlySet<string>): Placed | null {
  const entries = doc.entries[field]
  const pieces =
    entries !== undefined
      ? entries.map((e) => ({ id: e.id as string | null, text: e.text }))
      : [{ id: null, text: doc.texts[field] ?? '' }]
  for (const piece of pieces) {
    const text = plain(piece.text)
    const words = wordsOf(text)
    const matching = words.filter((w) => terms.has(processTerm(w.text) ?? ''))
    const first = matching[0]
    if (!first) continue
    return { field, entryId: piece.id, snippet: around(text, words, matching, first), matchText: first.text }
  }
  return null
}

/** ~WINDOW characters around `first`, cut between words, with every matching word inside marked. */
function around(text: string, words: Word[], matching: Word[], first: Word): SearchSnippet {
  let start = 0
  if (first.start > LEAD) {
    // The first word that starts at or after the lead-in point.
    start = words.find((w) => w.start >= first.start - LEAD)?.start ?? first.start
  }
  let end = text.length
  if (end - start > WINDOW) {
    const limit = Math.max(start + WINDOW, first.end)
    // The last word that ends within the window (always at least the first match).
    end = words.filter((w) => w.end <= limit).at(-1)?.end ?? first.end
  }
  const lead = start > 0 ? '… ' : ''
  const tail = end < text.length ? ' …' : ''
  const shift = lead.length - start
  return {
    text: `${lead}${text.slice(start, end)}${tail}`,
    highlights: matching
      .filter((w) => w.start >= start && w.end <= end)
      .map((w): [number, number] => [w.start + shift, w.end + shift]),
  }
}
