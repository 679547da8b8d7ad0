import { type KeyboardEvent, useId, useRef, useState } from 'react'
import type { SearchHit, SearchQueryInput, SearchResults } from '../../../../shared/domain/search'
import { useModal } from '../../ui/useModal'
import { KIND_GROUPS } from './routes'
import { type Filters, NO_FILTERS, narrows, SearchFilters } from './SearchFilters'
import { optionId, orderedHits, SearchResultsList } from './SearchResultsList'
import { useSearch } from './useSearch'

function queryOf(text: string, f: Filters): SearchQueryInput {
  return {
    text,
    kinds: f.kind === 'all' ? undefined : [f.kind],
    partnerId: f.partnerId || null,
    from: f.from || null,
    to: f.to || null,
    topic: f.topic.trim() || null,
    includePrivate: f.includePrivate,
    sort: f.sort,
  }
}

/** "3 sessions and 1 reflection", for the status line that screen readers hear. */
function summary(results: SearchResults, text: string): string {
  const parts = KIND_GROUPS.filter((g) => results.counts[g.kind] > 0).map((g) => {
    const n = results.counts[g.kind]
    return `${n} ${n === 1 ? g.one : g.heading.toLowerCase()}`
  })
  if (parts.length === 0) return ''
  const last = parts.pop()
  return `Found ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last} for “${text}”.`
}

interface Props {
  open: boolean
  onClose(): void
  onOpenHit(hit: SearchHit): void
}

/**
 * Search, as a command palette: a modal dialog (focus kept inside, Escape closes) with the words to
 * find in a combobox and the results in a listbox; the arrow keys move through the results while
 * typing goes on in the box (aria-activedescendant), Enter opens the one shown active.
 */
export function SearchDialog({ open, onClose, onOpenHit }: Props) {
  const [text, setText] = useState('')
  const [filters, setFilters] = useState<Filters>(NO_FILTERS)
  const [showFilters, setShowFilters] = useState(false)
  // Which result the arrow keys are on, in the answer it belongs to: a new answer starts at its first.
  const [cursor, setCursor] = useState<{ of: SearchResults | null; index: number }>({ of: null, index: 0 })
  const input = useRef<HTMLInputElement>(null)
  const ref = useModal(open, () => window.setTimeout(() => input.current?.select()))
  const id = useId()
  const listId = `${id}-results`
  const state = useSearch(queryOf(text, filters))
  // While the next answer is on its way, the last one stays on screen.
  const results = state.status === 'done' || state.status === 'searching' ? state.results : null
  const hits = results ? orderedHits(results) : []

  const active = cursor.of === results ? Math.min(cursor.index, Math.max(0, hits.length - 1)) : 0
  const setActive = (index: number) => setCursor({ of: results, index })
  const activeHit = hits[active]

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (hits.length === 0) return
    const move = (to: number) => {
      e.preventDefault()
      const next = (to + hits.length) % hits.length
      setActive(next)
      const hit = hits[next]
      if (hit) document.getElementById(optionId(listId, hit))?.scrollIntoView({ block: 'nearest' })
    }
    if (e.key === 'ArrowDown') move(active + 1)
    else if (e.key === 'ArrowUp') move(active - 1)
    else if (e.key === 'Home' && e.ctrlKey) move(0)
    else if (e.key === 'End' && e.ctrlKey) move(hits.length - 1)
    else if (e.key === 'Enter' && activeHit) {
      e.preventDefault()
      onOpenHit(activeHit)
    }
  }

  const expanded = hits.length > 0
  return (
    <dialog
      ref={ref}
      className="dialog search-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        Search
      </h2>
      {/* Nothing inside while closed: its fields would be found beside the screen's own ("Partner"). */}
      {open && (
        <>
          <div className="search-box">
            <input
              ref={input}
              type="text"
              role="combobox"
              aria-label="Search your journal"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={expanded && activeHit ? optionId(listId, activeHit) : undefined}
              placeholder="Search sessions, reflections, goals, skills and people"
              value={text}
              maxLength={200}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <button
              type="button"
              className="button ghost"
              aria-expanded={showFilters}
              aria-controls={`${id}-filters`}
              onClick={() => setShowFilters((s) => !s)}
            >
              Filters
            </button>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
          <div id={`${id}-filters`} hidden={!showFilters}>
            <SearchFilters value={filters} onChange={setFilters} />
          </div>
          <p className="search-status muted" role="status">
            {/* The words each answer is for: while the next is on its way the last one stays, unannounced. */}
            {(state.status === 'done' || state.status === 'searching') && results
              ? hits.length === 0
                ? `Nothing matches “${state.text}”. Try fewer or other words${narrows(filters) ? ', or fewer filters' : ''}.`
                : summary(results, state.text)
              : state.status === 'searching'
                ? 'Searching…'
                : ''}
          </p>
          {state.status === 'failed' && (
            <p className="field-error" role="alert">
              Search did not work. {state.message}
            </p>
          )}
          {results && hits.length > 0 && (
            <SearchResultsList
              listId={listId}
              results={results}
              active={active}
              onActive={setActive}
              onOpen={onOpenHit}
            />
          )}
          {!results && state.status === 'idle' && (
            <p className="muted search-hint">
              Type a word or the start of one. Up and Down move through the results, Enter opens one.
            </p>
          )}
        </>
      )}
    </dialog>
  )
}
