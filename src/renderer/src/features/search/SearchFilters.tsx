import { useId } from 'react'
import type { SearchKind } from '../../../../shared/domain/search'
import { usePartners } from '../partners/queries'
import { KIND_GROUPS } from './routes'

export interface Filters {
  kind: SearchKind | 'all'
  partnerId: string
  from: string
  to: string
  topic: string
  includePrivate: boolean
  sort: 'relevance' | 'date'
}

export const NO_FILTERS: Filters = {
  kind: 'all',
  partnerId: '',
  from: '',
  to: '',
  topic: '',
  includePrivate: false,
  sort: 'relevance',
}

/** True when no filter narrows the search (the kind, partner, dates and topic are all open). */
export function narrows(f: Filters): boolean {
  return f.kind !== 'all' || f.partnerId !== '' || f.from !== '' || f.to !== '' || f.topic.trim() !== ''
}

/** What to search in, and how to order what is found. */
export function SearchFilters({ value, onChange }: { value: Filters; onChange(next: Filters): void }) {
  const id = useId()
  const partners = usePartners()
  const set = <K extends keyof Filters>(key: K, v: Filters[K]) => onChange({ ...value, [key]: v })
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Look in</label>
        <select
          id={`${id}-kind`}
          value={value.kind}
          onChange={(e) => set('kind', e.target.value as Filters['kind'])}
        >
          <option value="all">Everything</option>
          {KIND_GROUPS.map((g) => (
            <option key={g.kind} value={g.kind}>
              {g.heading}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-partner`}>Partner</label>
        <select
          id={`${id}-partner`}
          value={value.partnerId}
          onChange={(e) => set('partnerId', e.target.value)}
        >
          <option value="">Anyone</option>
          {(partners.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={value.from}
          onChange={(e) => set('from', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={value.to} onChange={(e) => set('to', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-topic`}>Topic</label>
        <input
          id={`${id}-topic`}
          value={value.topic}
          maxLength={60}
          placeholder="Any"
          onChange={(e) => set('topic', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select
          id={`${id}-sort`}
          value={value.sort}
          onChange={(e) => set('sort', e.target.value as Filters['sort'])}
        >
          <option value="relevance">Best match</option>
          <option value="date">Newest first</option>
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.includePrivate}
          onChange={(e) => set('includePrivate', e.target.checked)}
        />
        Include items marked private
      </label>
    </fieldset>
  )
}
