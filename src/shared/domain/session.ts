import { z } from 'zod'
import { Id, LocalDate, Markdown, ShortText, Timestamp } from './common'
import { MAX_STAR_LENGTH, MAX_STARS } from './ledger-lines'

export const ActionItem = z.object({
  id: Id,
  text: z.string().max(500),
  done: z.boolean(),
  due: LocalDate.nullable(),
  doneAt: Timestamp.nullable(),
})
export type ActionItem = z.infer<typeof ActionItem>

/** A starred line: its text as `ledgerLines` gives it, so a star follows the line, not its position. */
const StarredLine = z.string().min(1).max(MAX_STAR_LENGTH)
export const StarredLines = z.object({
  learned: z.array(StarredLine).max(MAX_STARS),
  shared: z.array(StarredLine).max(MAX_STARS),
})
export type StarredLines = z.infer<typeof StarredLines>

export const Session = z.object({
  id: Id,
  date: LocalDate,
  partnerId: Id.nullable(),
  title: z.string().max(200),
  topics: z.array(z.string().min(1).max(60)).max(30),
  notes: z.string(),
  learned: z.string(),
  shared: z.string(),
  actionItems: z.array(ActionItem).max(200),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable(),
  /** "Keep out of exports": the user's own switch; exports leave it out unless asked. */
  private: z.boolean(),
  /** Lines of the ledger the user starred for the report's highlights (see ledger-lines.ts). */
  starred: StarredLines,
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type Session = z.infer<typeof Session>

/** An action item as the editor sends it: new ones have no id yet. */
export const ActionItemInput = z.object({
  id: Id.optional(),
  text: ShortText('An action item', 500).min(1, { message: 'An action item needs some text.' }),
  done: z.boolean(),
  due: LocalDate.nullable(),
})
export type ActionItemInput = z.infer<typeof ActionItemInput>

/** What the session editor sends to create or save a session. */
export const SessionDraft = z.object({
  date: LocalDate,
  partnerId: Id.nullable(),
  title: ShortText('The title', 200),
  topics: z
    .array(ShortText('A topic', 60).min(1, { message: 'A topic cannot be empty.' }))
    .max(30, { message: 'At most 30 topics per session.' }),
  notes: Markdown('The notes'),
  learned: Markdown('"What I learned"', 50_000),
  shared: Markdown('"What I shared"', 50_000),
  actionItems: z.array(ActionItemInput).max(200, { message: 'At most 200 action items per session.' }),
  durationMinutes: z
    .number({ message: 'The duration must be a number of minutes.' })
    .int({ message: 'The duration must be whole minutes.' })
    .min(0, { message: 'The duration cannot be negative.' })
    .max(24 * 60, { message: 'A session cannot last more than 24 hours.' })
    .nullable(),
  private: z.boolean(),
  /** The starred ledger lines; left out, a save keeps the stars the session has (for lines still there). */
  starred: z
    .object({
      learned: z.array(StarredLine).max(MAX_STARS, { message: `At most ${MAX_STARS} starred lines a side.` }),
      shared: z.array(StarredLine).max(MAX_STARS, { message: `At most ${MAX_STARS} starred lines a side.` }),
    })
    .optional(),
})
export type SessionDraft = z.infer<typeof SessionDraft>

export const SessionUpdate = SessionDraft.extend({ id: Id })
export type SessionUpdate = z.infer<typeof SessionUpdate>

/** One row of the session list: enough to show, never the whole notes. */
export interface SessionSummary {
  id: string
  date: string
  title: string
  partnerId: string | null
  topics: string[]
  openActionItems: number
  actionItems: number
  durationMinutes: number | null
  private: boolean
  updatedAt: string
}

/** The list row of a session: main builds rows with it, the renderer refreshes cached rows after a save. */
export function summarize(session: Session): SessionSummary {
  return {
    id: session.id,
    date: session.date,
    title: session.title,
    partnerId: session.partnerId,
    topics: session.topics,
    openActionItems: session.actionItems.filter((item) => !item.done).length,
    actionItems: session.actionItems.length,
    durationMinutes: session.durationMinutes,
    private: session.private,
    updatedAt: session.updatedAt,
  }
}

export interface OpenActionItem {
  sessionId: string
  sessionTitle: string
  sessionDate: string
  partnerId: string | null
  item: ActionItem
}

export function sessionTitle(session: { title: string }): string {
  return session.title.trim() === '' ? 'Untitled session' : session.title
}
