import type { ReactNode } from 'react'
import type { SearchSnippet } from '../../../../shared/domain/search'

/**
 * The snippet with its matching words in <mark>, cut from the text by the offsets main sent: React
 * text nodes only, so whatever the journal holds is shown as text, never as markup.
 */
export function Snippet({ snippet }: { snippet: SearchSnippet }) {
  const parts: ReactNode[] = []
  let at = 0
  for (const [start, end] of snippet.highlights) {
    // Offsets out of order or out of range are skipped rather than trusted.
    if (start < at || end <= start || end > snippet.text.length) continue
    if (start > at) parts.push(snippet.text.slice(at, start))
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>)
    at = end
  }
  if (at < snippet.text.length) parts.push(snippet.text.slice(at))
  return <span className="search-snippet">{parts}</span>
}
