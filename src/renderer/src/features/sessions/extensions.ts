import type { ComponentType } from 'react'
import { MakeMilestone } from '../goals/MakeMilestone'
import { SessionGoalsBadge } from '../goals/SessionGoalsBadge'
import { SessionGoalsPanel } from '../goals/SessionGoalsPanel'
import type { SessionSummary } from '../../../../shared/domain/session'
import type { EditorActionItem, EditorDraft } from './draft'

/**
 * Places where other features add to the session screens without editing them:
 * goals link a session, skills capture what was learned, prompts offer reflections.
 */
export interface SessionPanelProps {
  /** null until the new session has been saved once. */
  sessionId: string | null
  draft: EditorDraft
}

export interface ActionItemExtraProps {
  sessionId: string | null
  item: EditorActionItem
  /** The stored id of the action item, once saved. */
  storedId: string | undefined
}

export interface SessionRowExtraProps {
  session: SessionSummary
}

/** Panels shown under the session form, in order. */
export const sessionEditorPanels: ComponentType<SessionPanelProps>[] = [SessionGoalsPanel]
/** Small controls shown after each action item (e.g. "Make it a milestone"). */
export const actionItemExtras: ComponentType<ActionItemExtraProps>[] = [MakeMilestone]
/** Small badges shown on each row of the session list (e.g. the goals it advanced). */
export const sessionRowExtras: ComponentType<SessionRowExtraProps>[] = [SessionGoalsBadge]
