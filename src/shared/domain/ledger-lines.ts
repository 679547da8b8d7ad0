/**
 * The lines of a session's ledger ("What I learned", "What I shared") as the user stars them and the
 * report quotes them: one line of text each, list markers, checkboxes, quote marks and heading marks
 * gone. A star is kept as the line's text, so it follows the line when lines above it are added or
 * removed, and goes away when the line itself is rewritten or deleted.
 */

/** At most this many starred lines on each side of one session. */
export const MAX_STARS = 20
/** A line longer than this is a paragraph, not a line to quote: it cannot be starred. */
export const MAX_STAR_LENGTH = 2000

const MARKER = /^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+|>\s*|#{1,6}\s+)/

/** One line as a star or a quote holds it: its list or heading marker gone, trimmed. */
export function ledgerLine(line: string): string {
  return line.replace(MARKER, '').trim()
}

/** The lines of a ledger text worth starring: every line with some text, in order, each once. */
export function ledgerLines(text: string): string[] {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const raw of text.split('\n')) {
    const line = ledgerLine(raw)
    if (line === '' || seen.has(line)) continue
    seen.add(line)
    lines.push(line)
  }
  return lines
}

export type LedgerSide = 'learned' | 'shared'

export interface Stars {
  learned: string[]
  shared: string[]
}

export const noStars = (): Stars => ({ learned: [], shared: [] })

/** The stars that still name a line of the ledger, in the ledger's order, at most MAX_STARS a side. */
export function keepStars(stars: Stars, ledger: { learned: string; shared: string }): Stars {
  const side = (name: LedgerSide) => {
    const wanted = new Set(stars[name])
    if (wanted.size === 0) return []
    return ledgerLines(ledger[name])
      .filter((line) => wanted.has(line) && line.length <= MAX_STAR_LENGTH)
      .slice(0, MAX_STARS)
  }
  return { learned: side('learned'), shared: side('shared') }
}

/**
 * The stars of one side, as the editor holds them, after the user edited its text from `before` to
 * `after`. A star whose line was changed in place (same number of lines, same place, a line that is
 * new) moves to the changed line, so fixing a typo in a starred line keeps its star. A star whose line
 * is gone for now stays in the editor's draft (a cut line pasted back, an undone delete, a line typed
 * again gets its star back); `keepStars` leaves it out of what is saved. At most 2 × MAX_STARS are held.
 */
export function followEdit(before: string, after: string, stars: string[]): string[] {
  if (stars.length === 0) return stars
  const old = ledgerLines(before)
  const now = ledgerLines(after)
  const present = new Set(now)
  const known = new Set(old)
  const kept: string[] = []
  for (const star of stars) {
    const at = old.indexOf(star)
    const changed = !present.has(star) && at !== -1 && old.length === now.length ? now[at] : undefined
    const moved = changed !== undefined && !known.has(changed) ? changed : star
    if (!kept.includes(moved)) kept.push(moved)
  }
  return kept.slice(0, 2 * MAX_STARS)
}
