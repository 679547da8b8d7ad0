import { z } from 'zod'
import { Id } from './common'
import type { GoalStatus } from './goal'
import type { Partner } from './partner'
import type { SessionSummary } from './session'
import type { SkillDirection } from './skill'

/** A line of "What I learned" or "What I shared", with the session it came from. */
export interface FlowLine {
  text: string
  sessionId: string
  sessionDate: string
}

/** One partner's page, computed in main and bounded: counts per month, never the whole session list. */
export interface PartnerPage {
  partner: Partner
  sessionCount: number
  firstSessionOn: string | null
  lastSessionOn: string | null
  /** Oldest month first, from the first session's month to the last one's (empty months count 0). */
  months: Array<{ month: string; sessions: number }>
  /** The latest sessions, newest first (at most PARTNER_PAGE_SESSIONS). */
  recentSessions: SessionSummary[]
  /** What flowed each way: counts over every session, lines from the latest ones (at most PARTNER_PAGE_LINES). */
  learned: { count: number; lines: FlowLine[] }
  shared: { count: number; lines: FlowLine[] }
  goals: Array<{ id: string; title: string; status: GoalStatus; sessions: number }>
  skills: Array<{ id: string; name: string; direction: SkillDirection; dueForPractice: boolean }>
  /** Newest session first, at most PARTNER_PAGE_ITEMS; `openActionItemCount` counts them all. */
  openActionItems: Array<{
    sessionId: string
    sessionDate: string
    itemId: string
    text: string
    due: string | null
  }>
  openActionItemCount: number
}

export const PARTNER_PAGE_SESSIONS = 20
export const PARTNER_PAGE_LINES = 50
export const PARTNER_PAGE_ITEMS = 50
/** At most this many items of one kind in an agenda (the newest action items): a session's worth of talking. */
export const AGENDA_ITEMS_PER_KIND = 20

export type AgendaItemKind = 'action-item' | 'practice' | 'learned' | 'prompt'

export interface AgendaItem {
  kind: AgendaItemKind
  text: string
  /** The session, skill or prompt the item comes from. */
  sourceId: string
}

/** An agenda for the next session with a partner: items by kind, and the text the editor starts from. */
export interface PartnerAgenda {
  partnerId: string
  /** The session the agenda is for: the planned date, or null when none is planned. */
  plannedOn: string | null
  items: AgendaItem[]
  text: string
}

export const PartnerPageRequest = z.object({ partnerId: Id })
export type PartnerPageRequest = z.infer<typeof PartnerPageRequest>
