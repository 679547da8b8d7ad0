import { type ComponentType, createContext, useContext } from 'react'
import type { SessionSummary } from '../../../shared/domain/session'
import type { EditorActionItem, EditorDraft } from '../features/sessions/draft'

/**
 * Extension points: places where one feature shows a part of itself on another feature's screen
 * without either importing the other's components. A host renders `useSlot(name)`; which feature
 * fills which slot is decided in one file, app/composition.ts.
 */

/** Under the session form (goals link it, skills capture from it, prompts offer reflections). */
export interface SessionPanelProps {
  /** null until the new session has been saved once; then its id (the host re-renders with it). */
  sessionId: string | null
  draft: EditorDraft
}

/** After each action item in the session form (e.g. "Make it a milestone"). */
export interface ActionItemExtraProps {
  sessionId: string | null
  item: EditorActionItem
  /** The stored id of the action item, once saved. */
  storedId: string | undefined
}

/** On each row of a session list (e.g. the goals it advanced). */
export interface SessionRowBadgeProps {
  session: SessionSummary
}

/** In the side column of a goal's page (its skills, its reflections). */
export interface GoalPanelProps {
  goalId: string
}

/** In the side column of a skill's page (its reflections). */
export interface SkillPanelProps {
  skillId: string
}

/** Every slot and the props its host gives each entry. */
export interface SlotProps {
  'session-editor.panels': SessionPanelProps
  'action-item.extras': ActionItemExtraProps
  'session-row.badges': SessionRowBadgeProps
  /** Cards on the home screen, in order; each decides itself whether it has something to show. */
  'home.widgets': Record<never, never>
  'goal-detail.panels': GoalPanelProps
  'skill-detail.panels': SkillPanelProps
  /** Cards on the Settings screen from features that keep settings of their own (backups). */
  'settings.sections': Record<never, never>
  /** Optional steps under the first-run guide's three (turning encryption on). */
  'first-run.extras': Record<never, never>
}

export type SlotName = keyof SlotProps

/** One component in a slot. `id` is `<feature>.<what>`, unique in its slot; hosts use it as the React key. */
export interface SlotEntry<P> {
  id: string
  Component: ComponentType<P>
}

/** What fills each slot, in the order the host shows them. */
export type SlotRegistry = { readonly [S in SlotName]: ReadonlyArray<SlotEntry<SlotProps[S]>> }

const noEntries: SlotRegistry = {
  'session-editor.panels': [],
  'action-item.extras': [],
  'session-row.badges': [],
  'home.widgets': [],
  'goal-detail.panels': [],
  'skill-detail.panels': [],
  'settings.sections': [],
  'first-run.extras': [],
}

/** Provided once near the root with the app's composition; empty elsewhere (e.g. a component alone in a test). */
export const SlotsContext = createContext<SlotRegistry>(noEntries)

export function useSlot<S extends SlotName>(name: S): ReadonlyArray<SlotEntry<SlotProps[S]>> {
  return useContext(SlotsContext)[name]
}
