import { keepStars, noStars, type Stars } from '../../../../shared/domain/ledger-lines'
import type { ActionItemInput, Session, SessionDraft } from '../../../../shared/domain/session'
import { type ChecklistItem, sentLines } from '../../ui/checklist'

/** An action item as the editor holds it. */
export type EditorActionItem = ChecklistItem

export interface EditorDraft {
  title: string
  date: string
  partnerId: string | null
  durationText: string
  topics: string[]
  notes: string
  learned: string
  shared: string
  actionItems: EditorActionItem[]
  private: boolean
  /** Ledger lines starred for the report; stars of lines gone for now stay here, and are not sent. */
  starred: Stars
}

export function blankDraft(today: string): EditorDraft {
  return {
    title: '',
    date: today,
    partnerId: null,
    durationText: '',
    topics: [],
    notes: '',
    learned: '',
    shared: '',
    actionItems: [],
    private: false,
    starred: noStars(),
  }
}

/** The editor's draft of a stored session; stored action item ids become the local keys. */
export function draftOf(session: Session): EditorDraft {
  return {
    title: session.title,
    date: session.date,
    partnerId: session.partnerId,
    durationText: session.durationMinutes === null ? '' : String(session.durationMinutes),
    topics: session.topics,
    notes: session.notes,
    learned: session.learned,
    shared: session.shared,
    actionItems: session.actionItems.map((item) => ({
      key: item.id,
      text: item.text,
      done: item.done,
      due: item.due,
    })),
    private: session.private,
    starred: session.starred,
  }
}

/** A new session is created only once there is something in it. */
export function isBlank(draft: EditorDraft): boolean {
  return (
    draft.title.trim() === '' &&
    draft.notes.trim() === '' &&
    draft.learned.trim() === '' &&
    draft.shared.trim() === '' &&
    draft.topics.length === 0 &&
    draft.actionItems.every((item) => item.text.trim() === '')
  )
}

/**
 * What is sent to main. Blank action items stay on screen but are not sent; `storedIds` maps local
 * keys to the ids main gave (keys of loaded items already are their ids).
 */
export function toSessionDraft(draft: EditorDraft, storedIds: ReadonlyMap<string, string>): SessionDraft {
  const duration = draft.durationText.trim()
  return {
    title: draft.title,
    date: draft.date,
    partnerId: draft.partnerId,
    durationMinutes: duration === '' ? null : Number(duration),
    topics: draft.topics,
    notes: draft.notes,
    learned: draft.learned,
    shared: draft.shared,
    actionItems: sentActionItems(draft).map(
      (item): ActionItemInput => ({
        id: storedIds.get(item.key),
        text: item.text,
        done: item.done,
        due: item.due,
      }),
    ),
    private: draft.private,
    starred: keepStars(draft.starred, draft),
  }
}

export function sentActionItems(draft: EditorDraft): EditorActionItem[] {
  return sentLines(draft.actionItems)
}
