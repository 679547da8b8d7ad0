/**
 * One way to cut text into words and fold them, shared by the index, the query and the snippets, so
 * a word highlighted in a snippet is exactly a word the index matched.
 */

/** Spaces, punctuation and symbols (markdown marks, emoji) separate words. */
const SEPARATORS = /[\s\p{P}\p{S}]+/u
const WORD = /[^\s\p{P}\p{S}]+/gu
const COMBINING_MARKS = /\p{M}+/gu

/** "Résumé" -> "resume": decomposed, accents dropped, lower case. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

export function tokenize(text: string): string[] {
  return text.split(SEPARATORS)
}

/**
 * Folded words seen so far: a journal repeats its words, and folding (NFD, a regex) is a good share
 * of building the index. Bounded, so an odd journal cannot grow it without end.
 */
const folded = new Map<string, string | null>()
const FOLDED_LIMIT = 50_000

/** MiniSearch's processTerm: folded, with empty pieces dropped. */
export function processTerm(term: string): string | null {
  const known = folded.get(term)
  if (known !== undefined) return known
  const value = fold(term) || null
  if (folded.size >= FOLDED_LIMIT) folded.clear()
  folded.set(term, value)
  return value
}

export interface Word {
  /** As written. */
  text: string
  start: number
  end: number
}

/** The words of `text` with their [start, end) offsets. */
export function wordsOf(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }))
}
