import { useEffect, useRef, useState } from 'react'
import type { SearchQueryInput, SearchResults } from '../../../../shared/domain/search'
import { messageOf, tandem, unwrap } from '../../lib/client'

/** How long typing may pause before the words are searched for. */
export const DEBOUNCE_MS = 120

export type SearchState =
  | { status: 'idle' }
  /** The last answer stays on screen while the next is on its way. */
  | { status: 'searching'; results: SearchResults | null; text: string }
  /** `text`: the words this answer is for. */
  | { status: 'done'; results: SearchResults; text: string }
  | { status: 'failed'; message: string }

/**
 * Searches as the query changes, a short pause after the last change. Only the newest question's
 * answer is shown: an answer to words since changed arrives too late and is dropped.
 */
export function useSearch(query: SearchQueryInput): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' })
  const asked = useRef(0)
  const key = JSON.stringify(query)

  useEffect(() => {
    const ask = ++asked.current
    const q = JSON.parse(key) as SearchQueryInput
    if (q.text.trim() === '') {
      setState({ status: 'idle' })
      return
    }
    setState((s) => ({
      status: 'searching',
      results: s.status === 'done' || s.status === 'searching' ? s.results : null,
      text: s.status === 'done' || s.status === 'searching' ? s.text : '',
    }))
    const timer = window.setTimeout(() => {
      unwrap(tandem().search.query(q)).then(
        (results) => {
          if (ask === asked.current) setState({ status: 'done', results, text: q.text.trim() })
        },
        (error: unknown) => {
          if (ask === asked.current) setState({ status: 'failed', message: messageOf(error) })
        },
      )
    }, DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [key])

  return state
}

/**
 * Builds the index once the first screen is up, so the first real search does not wait for it:
 * an empty question, sent when the page is idle. Its answer is not needed.
 */
export function useWarmIndex(): void {
  useEffect(() => {
    const warm = () => {
      tandem()
        .search.query({ text: '' })
        .catch(() => undefined)
    }
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(warm, { timeout: 2000 })
      return () => window.cancelIdleCallback(handle)
    }
    const timer = setTimeout(warm, 500)
    return () => clearTimeout(timer)
  }, [])
}
