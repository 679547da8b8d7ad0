import MiniSearch, { type SearchResult } from 'minisearch'
import type {
  SearchField,
  SearchHit,
  SearchKind,
  SearchQuery,
  SearchResults,
} from '../../shared/domain/search'
import type { FeatureContext } from '../context'
import { FIELD_BOOST, FIELDS, fieldText, type SearchDoc } from './documents'
import { matchesFilters } from './filters'
import { processTerm, tokenize } from './folding'
import { type Placed, place } from './snippets'
import { kindsWritten, type SearchDeps, type Source, sourcesOf } from './sources'

export interface SearchService {
  query(q: SearchQuery): Promise<SearchResults>
  /** Builds the index if it is not yet, then brings it up to date with every write so far. */
  current(): Promise<void>
}

/**
 * Typo tolerance, for a second pass when the words as typed (or as the start of a word) find
 * nothing: a word spelt right then finds only itself, not its near neighbours ("pull" not "full"),
 * and the common case skips the costliest part of a search. Only words of 4+ letters stretch
 * (shorter ones would match half the journal): one edit up to 7 letters, two from 8.
 */
const TYPOS = { fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false), maxFuzzy: 2 }

/** Documents added per turn of the event loop while building: IPC is answered between turns. */
const BUILD_CHUNK = 500
const KINDS: SearchKind[] = ['session', 'reflection', 'goal', 'skill', 'partner']

interface Indexed {
  doc: SearchDoc
  identity: object
  stamp: string
  extra: string
}

const indexedOf = (source: Source, item: unknown, doc: SearchDoc): Indexed => ({
  doc,
  identity: source.identity(item),
  stamp: source.stamp(item),
  extra: source.extra(item),
})

/**
 * Search over the whole journal, through a MiniSearch index held in memory in main and never written
 * to disk. Built on the first query, in chunks; kept current after every write of a journal file
 * by comparing each record of the written kinds with what was indexed.
 */
export function openSearch(ctx: FeatureContext, deps: SearchDeps): SearchService {
  const sources = new Map(sourcesOf(deps).map((s) => [s.kind, s]))
  const indexed = new Map<SearchKind, Map<string, Indexed>>(KINDS.map((k) => [k, new Map()]))
  /** The same documents by the index's own id, for reading results back with one lookup. */
  const byKey = new Map<string, SearchDoc>()
  const mini = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: FIELDS,
    extractField: (doc, field) => (field === 'key' ? doc.key : fieldText(doc, field)),
    tokenize,
    processTerm,
    searchOptions: { boost: FIELD_BOOST, prefix: true, combineWith: 'AND' },
  })
  let building: Promise<void> | null = null
  let ready = false
  const dirty = new Set<SearchKind>()
  let refreshSoon = false

  ctx.journal.onWritten((relPath) => {
    // Before the build starts nothing is indexed: the build reads everything as it is then.
    if (!building) return
    for (const kind of kindsWritten(relPath)) dirty.add(kind)
    if (ready && dirty.size > 0 && !refreshSoon) {
      refreshSoon = true
      setImmediate(() => {
        refreshSoon = false
        refresh()
      })
    }
  })

  function indexOne(source: Source, item: unknown): void {
    const doc = source.doc(item)
    const map = indexed.get(source.kind)
    if (map?.has(doc.id)) mini.replace(doc)
    else mini.add(doc)
    map?.set(doc.id, indexedOf(source, item, doc))
    byKey.set(doc.key, doc)
  }

  function build(): Promise<void> {
    building ??= (async () => {
      dirty.clear()
      const all: SearchDoc[] = []
      for (const source of sources.values()) {
        const map = indexed.get(source.kind)
        source.begin?.()
        for (const item of source.items()) {
          const doc = source.doc(item)
          all.push(doc)
          map?.set(doc.id, indexedOf(source, item, doc))
          byKey.set(doc.key, doc)
        }
      }
      for (let i = 0; i < all.length; i += BUILD_CHUNK) {
        mini.addAll(all.slice(i, i + BUILD_CHUNK))
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
      ready = true
      // Writes heard during the build were read or not: comparing versions settles which.
      refresh()
    })()
    return building
  }

  /** Indexes again what changed in the kinds written since the last refresh; drops what is gone. */
  function refresh(): void {
    if (!ready) return
    for (const kind of KINDS) {
      if (!dirty.delete(kind)) continue
      const source = sources.get(kind)
      const map = indexed.get(kind)
      if (!source || !map) continue
      source.begin?.()
      const items = source.items()
      let known = 0
      let added = 0
      for (const item of items) {
        const had = map.get(source.id(item))
        if (had) known += 1
        else added += 1
        if (
          had &&
          had.identity === source.identity(item) &&
          had.stamp === source.stamp(item) &&
          had.extra === source.extra(item)
        )
          continue
        indexOne(source, item)
      }
      // Every indexed record is still there: nothing to drop (the usual case, checked without a set).
      if (known + added === map.size) continue
      const present = new Set(items.map((item) => source.id(item)))
      for (const [id, { doc }] of map) {
        if (present.has(id)) continue
        mini.discard(doc.key)
        map.delete(id)
        byKey.delete(doc.key)
      }
    }
  }

  const sessionDoc = (id: string) => indexed.get('session')?.get(id)?.doc

  async function current(): Promise<void> {
    await build()
    refresh()
  }

  return {
    current,
    async query(q) {
      const started = performance.now()
      const wasReady = ready
      const counts = { session: 0, reflection: 0, goal: 0, skill: 0, partner: 0 }
      const text = q.text.trim()
      if (text === '') {
        // The renderer's warm-up: start the build, answer at once.
        void build().catch(() => undefined)
        return { hits: [], counts, indexed: wasReady, tookMs: performance.now() - started }
      }
      await current()
      // Filtered here rather than in MiniSearch's callback: one lookup per result serves both.
      const found: Array<{ result: SearchResult; doc: SearchDoc }> = []
      const keep = (results: SearchResult[]) => {
        for (const result of results) {
          const doc = byKey.get(result.id as string)
          if (!doc || !matchesFilters(doc, q, sessionDoc)) continue
          found.push({ result, doc })
          counts[doc.kind] += 1
        }
      }
      keep(mini.search(text))
      if (found.length === 0) keep(mini.search(text, TYPOS))
      // Several words that are never all in one record: records with any of them, best first.
      if (found.length === 0 && tokenize(text).filter((t) => processTerm(t) !== null).length > 1) {
        keep(mini.search(text, { ...TYPOS, combineWith: 'OR' }))
      }
      if (q.sort === 'date') {
        found.sort((a, b) => {
          const ad = a.doc.date ?? ''
          const bd = b.doc.date ?? ''
          return ad !== bd ? (ad < bd ? 1 : -1) : b.result.score - a.result.score
        })
      }
      const hits = found.slice(0, q.limit).map(({ result, doc }) => hitOf(doc, result))
      return { hits, counts, indexed: wasReady, tookMs: performance.now() - started }
    },
  }
}

/** The field whose matches weigh most (the matched query terms times the field's boost) first. */
function fieldsByWeight(result: SearchResult): SearchField[] {
  const weight = new Map<SearchField, number>()
  for (const fields of Object.values(result.match)) {
    for (const field of fields as SearchField[]) {
      weight.set(field, (weight.get(field) ?? 0) + (FIELD_BOOST[field] ?? 1))
    }
  }
  return [...weight.keys()].sort(
    (a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || FIELDS.indexOf(a) - FIELDS.indexOf(b),
  )
}

function hitOf(doc: SearchDoc, result: SearchResult): SearchHit {
  const terms = new Set(result.terms)
  let placed: Placed | null = null
  for (const field of fieldsByWeight(result)) {
    placed = place(doc, field, terms)
    if (placed) break
  }
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    date: doc.date,
    partnerId: doc.partnerId,
    field: placed?.field ?? 'title',
    entryId: placed?.entryId ?? null,
    snippet: placed?.snippet ?? { text: doc.title, highlights: [] },
    matchText: placed?.matchText ?? '',
    score: result.score,
  }
}
