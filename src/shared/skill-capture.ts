import { uniqueIgnoringCase } from './domain/common'

/**
 * Lines of a session's "What I learned" / "What I shared" that could become skills: one per line,
 * without list markers or emphasis, duplicates dropped.
 */
export function captureLines(markdown: string): string[] {
  const lines = markdown.split('\n').map((line) =>
    line
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
      .replace(/^#+\s+/, '')
      .replace(/[*_`]/g, '')
      .trim(),
  )
  return uniqueIgnoringCase(lines.filter((line) => line !== ''))
}

/** A skill name from a line: at most 120 characters, cut at a word. */
export function skillNameOf(line: string): string {
  if (line.length <= 120) return line
  const cut = line.slice(0, 119)
  const space = cut.lastIndexOf(' ')
  return `${(space > 60 ? cut.slice(0, space) : cut).trim()}…`
}
