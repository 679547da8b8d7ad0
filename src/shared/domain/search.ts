import { z } from 'zod'
import { Id, LocalDate } from './common'

/** What search can find. */
export const SearchKind = z.enum(['session', 'reflection', 'goal', 'skill', 'partner'])
export type SearchKind = z.infer<typeof SearchKind>

/**
 * Where in a record a match is, so a result can open at that place (the editor focuses the field and
 * selects the matching words). Each kind uses its own few.
 */
export const SearchField = z.enum([
  // Sessions
  'title',
  'notes',
  'learned',
  'shared',
  'actionItems',
  'topics',
  'partner',
  // Reflections
  'prompt',
  'answer',
  // Goals
  'why',
  'milestones',
  'checkIns',
  // Skills
  'evidence',
  'practice',
  // Partners (their name is 'title')
])
export type SearchField = z.infer<typeof SearchField>

export const SearchQuery = z.object({
  /** What the user typed. An empty text answers no results (the renderer sends one to warm the index). */
  text: z.string().max(200, { message: 'Search for at most 200 characters.' }),
  /** Only these kinds; empty or absent means every kind. */
  kinds: z.array(SearchKind).max(5).optional(),
  partnerId: Id.nullable().optional(),
  /** Local dates, inclusive; a record without a date (a partner) is left out when either is set. */
  from: LocalDate.nullable().optional(),
  to: LocalDate.nullable().optional(),
  /** Only records with this topic (sessions), ignoring case. */
  topic: z.string().max(60).nullable().optional(),
  /** Records marked "Keep out of exports" (and reflections linked to them) are found only with this on. */
  includePrivate: z.boolean().default(false),
  sort: z.enum(['relevance', 'date']).default('relevance'),
  /** At most this many results in all. */
  limit: z.number().int().min(1).max(200).default(50),
})
export type SearchQuery = z.infer<typeof SearchQuery>
export type SearchQueryInput = z.input<typeof SearchQuery>

/** A short piece of the matching text and where the matching words are in it. */
export interface SearchSnippet {
  text: string
  /** [start, end) offsets into `text` of each matching word, in order, not overlapping. */
  highlights: Array<[number, number]>
}

export interface SearchHit {
  kind: SearchKind
  id: string
  /** The record's title as the lists show it (a session's title, a prompt's text, a skill's name). */
  title: string
  /** The record's date (local), when it has one. */
  date: string | null
  partnerId: string | null
  /** The field of the best match: where the record should open. */
  field: SearchField
  /** Inside a list field (an action item, a milestone, a check-in, a practice note): that entry's id. */
  entryId: string | null
  snippet: SearchSnippet
  /** The matched text as written in the record (the first match in `field`), for selecting it there. */
  matchText: string
  score: number
}

export interface SearchResults {
  hits: SearchHit[]
  /** How many records matched before `limit`, per kind. */
  counts: Record<SearchKind, number>
  /** False while the index is still being built after start; the answer then waited for it. */
  indexed: boolean
  tookMs: number
}
