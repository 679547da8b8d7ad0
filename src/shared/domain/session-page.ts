import { z } from 'zod'
import { Id } from './common'
import type { OpenActionItem, SessionSummary } from './session'

/**
 * Bounded reads of the session list (issue 12, speed): a screen asks main for the page it shows,
 * never for the whole journal, which at 10,000 sessions is megabytes over IPC.
 */

/** The most rows one page may ask for: a screen's worth, never the journal. */
export const MAX_PAGE_SIZE = 200

const Filter = z.string().max(200, { message: 'The filter is too long.' })

/** A page of the list, newest first: `limit` rows from `offset`, of the sessions matching `filter`. */
export const SessionPageQuery = z.object({
  offset: z.number().int().min(0, { message: 'The page cannot start before the first session.' }),
  limit: z
    .number()
    .int()
    .min(1, { message: 'A page holds at least one session.' })
    .max(MAX_PAGE_SIZE, { message: `A page holds at most ${MAX_PAGE_SIZE} sessions.` }),
  /** Words in the title, the partner's name or a topic; empty or absent: every session. */
  filter: Filter.optional(),
})
export type SessionPageQuery = z.infer<typeof SessionPageQuery>

export interface SessionPage {
  items: SessionSummary[]
  /** How many sessions match, across every page. */
  total: number
  offset: number
  /** Where the next (older) page starts, or null when this is the last one. */
  nextOffset: number | null
}

/** Strict: every field is optional, so a key it does not know is what says the request is wrong. */
export const SessionMonthsQuery = z.strictObject({ filter: Filter.optional() })
export type SessionMonthsQuery = z.infer<typeof SessionMonthsQuery>

/** One month of the "Go to month" index: how many sessions it has and where it starts in the list. */
export interface SessionMonth {
  /** YYYY-MM. */
  month: string
  count: number
  /** The list offset of the month's newest session: `sessions:page` from here starts the month. */
  offset: number
}

/** A topic used on sessions, with how many sessions use it (the editor's suggestions). */
export interface TopicCount {
  topic: string
  count: number
}

/** Summaries of given sessions (the ones a goal or skill links to), newest first; unknown ids are left out. */
export const SessionSummariesQuery = z.object({
  ids: z.array(Id).max(1000, { message: 'Ask for at most 1,000 sessions at once.' }),
})

export const OpenActionItemsQuery = z
  .object({
    limit: z
      .number()
      .int()
      .min(1, { message: 'Ask for at least one item.' })
      .max(MAX_PAGE_SIZE, { message: `Ask for at most ${MAX_PAGE_SIZE} items.` }),
  })
  .optional()

/** The first open items, overdue and soonest due first, and how many are open in all. */
export interface OpenActionItemsPage {
  items: OpenActionItem[]
  total: number
}
