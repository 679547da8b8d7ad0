import type { SearchHit, SearchResults } from '../../../../shared/domain/search'
import { formatShortDate } from '../../lib/dates'
import { usePartnerById } from '../partners/queries'
import { KIND_GROUPS } from './routes'
import { Snippet } from './Snippet'

/** The results in the order they are shown and moved through: grouped by kind, best first in each. */
export function orderedHits(results: SearchResults): SearchHit[] {
  return KIND_GROUPS.flatMap((g) => results.hits.filter((hit) => hit.kind === g.kind))
}

export const optionId = (listId: string, hit: SearchHit) => `${listId}-${hit.kind}-${hit.id}`

interface Props {
  listId: string
  results: SearchResults
  active: number
  onActive(index: number): void
  onOpen(hit: SearchHit): void
}

/** The listbox of results, one group per kind with its count; the active option follows the arrow keys. */
export function SearchResultsList({ listId, results, active, onActive, onOpen }: Props) {
  const partners = usePartnerById()
  const hits = orderedHits(results)
  const activeHit = hits[active]
  return (
    <div id={listId} role="listbox" aria-label="Results" className="search-results">
      {KIND_GROUPS.map((group) => {
        const inGroup = hits.filter((hit) => hit.kind === group.kind)
        if (inGroup.length === 0) return null
        const count = results.counts[group.kind]
        const headingId = `${listId}-${group.kind}`
        return (
          // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox, which a fieldset is not
          <div key={group.kind} role="group" aria-labelledby={headingId} className="search-group">
            <div id={headingId} role="presentation" className="search-group-heading">
              {group.heading} <span className="search-count">{count}</span>
              {count > inGroup.length && <span className="muted"> (first {inGroup.length} shown)</span>}
            </div>
            {inGroup.map((hit) => {
              const index = hits.indexOf(hit)
              const partner = hit.kind === 'partner' ? undefined : partners.get(hit.partnerId ?? '')
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the combobox's (aria-activedescendant): focus stays in the search box
                <div
                  key={hit.id}
                  id={optionId(listId, hit)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={hit === activeHit}
                  className="search-hit"
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => index !== active && onActive(index)}
                  onClick={() => onOpen(hit)}
                >
                  <span className="search-hit-head">
                    <span className="search-hit-title">{hit.title || 'Untitled'}</span>
                    {hit.date && <span className="muted">{formatShortDate(hit.date)}</span>}
                    {partner && <span className="muted">with {partner.name}</span>}
                  </span>
                  {hit.snippet.text !== '' && <Snippet snippet={hit.snippet} />}
                </div>
              )
            })}
          </div>
        )
      })}
    </div>
  )
}
