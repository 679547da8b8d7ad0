import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { followEdit, type LedgerSide } from '../../../../shared/domain/ledger-lines'
import type { Session } from '../../../../shared/domain/session'
import { useNavigation } from '../../app/navigation'
import { useSlot } from '../../app/slots'
import { messageOf } from '../../lib/client'
import { localToday } from '../../lib/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { lineError, rememberStoredIds } from '../../ui/checklist'
import { EditorHeader } from '../../ui/EditorHeader'
import { FieldError } from '../../ui/FieldError'
import { FormattingHelp } from '../../ui/FormattingHelp'
import { LoadError } from '../../ui/LoadError'
import { MarkdownView } from '../../ui/MarkdownView'
import { SaveStatus } from '../../ui/SaveStatus'
import { TagInput } from '../../ui/TagInput'
import { useAutosave } from '../../ui/useAutosave'
import { useDeletedNotice } from '../trash/mutations'
import { ActionItemsEditor } from './ActionItemsEditor'
import { blankDraft, draftOf, type EditorDraft, isBlank, sentActionItems, toSessionDraft } from './draft'
import { LEDGER_SIDES, LedgerField } from './LedgerStars'
import { useDeleteSessionMutation, useSaveSessionMutation } from './mutations'
import { PartnerPicker } from './PartnerPicker'
import { useSession, useSessionTopics } from './queries'

export function SessionEditor({ sessionId }: { sessionId: string | null }) {
  const session = useSession(sessionId)
  if (sessionId === null) return <SessionForm stored={null} />
  if (session.isPending) return <p className="muted loading">Opening the session…</p>
  if (session.isError)
    return (
      <div className="screen">
        <LoadError error={session.error} />
      </div>
    )
  return <SessionForm stored={session.data} />
}

function SessionForm({ stored }: { stored: Session | null }) {
  const nav = useNavigation()
  const [initial] = useState<EditorDraft>(() => (stored ? draftOf(stored) : blankDraft(localToday())))
  const [draft, setDraft] = useState<EditorDraft>(initial)
  // What the screen shows: the session's id and its action items' stored ids, null/absent until saved.
  const [sessionId, setSessionId] = useState<string | null>(stored?.id ?? null)
  const [storedIds, setStoredIds] = useState<ReadonlyMap<string, string>>(
    () => new Map(stored?.actionItems.map((item) => [item.id, item.id]) ?? []),
  )
  // The same, for the save in flight: a save that follows at once must not wait for a render to learn them.
  const saving = useRef({ id: sessionId, storedIds: new Map(storedIds) })
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const saveSession = useSaveSessionMutation()
  const remove = useDeleteSessionMutation()
  const deletedNotice = useDeletedNotice()
  // Suggestions come from main's topic index: the editor never holds the whole list, which made typing lag.
  const topicIndex = useSessionTopics()
  const panels = useSlot('session-editor.panels')
  const fieldId = useId()
  const titleField = useRef<HTMLInputElement>(null)
  // A new session starts in its title: that is what a person types first (Ctrl+N or the button).
  const isNew = stored === null
  useEffect(() => {
    if (isNew) titleField.current?.focus()
  }, [isNew])

  async function save(value: EditorDraft): Promise<boolean> {
    const current = saving.current
    if (current.id === null && isBlank(value)) return false
    const saved = await saveSession.mutateAsync({
      id: current.id,
      draft: toSessionDraft(value, current.storedIds),
    })
    current.id = saved.id
    rememberStoredIds(current.storedIds, sentActionItems(value), saved.actionItems)
    setSessionId(saved.id)
    setStoredIds(new Map(current.storedIds))
    return true
  }

  const autosave = useAutosave(draft, save)
  const { error, errorAt } = autosave
  const actionItemError = (key: string) => lineError(error, 'actionItems', sentActionItems(draft), key)

  function set<K extends keyof EditorDraft>(key: K, value: EditorDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }))
  }

  /** A ledger field typed in: its stars follow lines edited in place. */
  function edit(side: LedgerSide, text: string) {
    setDraft((d) => ({
      ...d,
      [side]: text,
      starred: { ...d.starred, [side]: followEdit(d[side], text, d.starred[side]) },
    }))
  }

  async function confirmDeletion() {
    setConfirmDelete(false)
    const id = saving.current.id
    if (id === null) {
      nav.go({ screen: 'sessions' })
      return
    }
    try {
      const deleted = await remove.mutateAsync(id)
      nav.go({ screen: 'sessions' })
      deletedNotice('Session deleted.', deleted)
    } catch (e) {
      setDeleteError(messageOf(e))
    }
  }

  const knownTopics = useMemo(() => topicIndex.data?.map((t) => t.topic) ?? [], [topicIndex.data])

  return (
    <div className="screen editor">
      <EditorHeader
        backLabel="All sessions"
        onBack={() => nav.go({ screen: 'sessions' })}
        heading={stored === null ? 'New session' : 'Session'}
        status={<SaveStatus state={autosave.state} />}
        deleteLabel="Delete session"
        onDelete={sessionId === null ? undefined : () => setConfirmDelete(true)}
        deleteError={deleteError}
      />
      <div className="editor-grid">
        <form className="editor-main" aria-label="Session" onSubmit={(e) => e.preventDefault()}>
          <input
            ref={titleField}
            data-search-field="title"
            className="title-input"
            aria-label="Title"
            placeholder="Untitled session"
            value={draft.title}
            maxLength={200}
            onChange={(e) => set('title', e.target.value)}
            aria-invalid={errorAt('title') !== undefined}
          />
          <FieldError message={errorAt('title')} />
          <div className="meta-row">
            <div className="field">
              <label htmlFor={`${fieldId}-date`}>Date</label>
              <input
                id={`${fieldId}-date`}
                type="date"
                value={draft.date}
                required
                onChange={(e) => set('date', e.target.value)}
                aria-invalid={errorAt('date') !== undefined}
              />
              <FieldError message={errorAt('date')} />
            </div>
            <PartnerPicker value={draft.partnerId} onChange={(id) => set('partnerId', id)} />
            <div className="field narrow">
              <label htmlFor={`${fieldId}-duration`}>Minutes</label>
              <input
                id={`${fieldId}-duration`}
                type="number"
                min={0}
                max={1440}
                inputMode="numeric"
                value={draft.durationText}
                onChange={(e) => set('durationText', e.target.value)}
                aria-invalid={errorAt('durationMinutes') !== undefined}
              />
              <FieldError message={errorAt('durationMinutes')} />
            </div>
          </div>
          <TagInput
            label="Topics"
            tags={draft.topics}
            onChange={(topics) => set('topics', topics)}
            placeholder="Add a topic and press Enter"
            suggestions={knownTopics}
          />
          <div className="field">
            <label htmlFor={`${fieldId}-notes`}>Notes</label>
            <textarea
              id={`${fieldId}-notes`}
              className="notes"
              data-search-field="notes"
              value={draft.notes}
              placeholder="What did you talk about?"
              onChange={(e) => set('notes', e.target.value)}
            />
            <FormattingHelp />
          </div>
          <div className="ledger">
            {LEDGER_SIDES.map((side) => (
              <LedgerField
                key={side}
                side={side}
                id={`${fieldId}-${side}`}
                text={draft[side]}
                starred={draft.starred[side]}
                onText={(text) => edit(side, text)}
                onStars={(stars) => setDraft((d) => ({ ...d, starred: { ...d.starred, [side]: stars } }))}
              />
            ))}
          </div>
          <ActionItemsEditor
            sessionId={sessionId}
            storedIdOf={(key) => storedIds.get(key)}
            items={draft.actionItems}
            onChange={(items) => set('actionItems', items)}
            errorFor={actionItemError}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.private}
              onChange={(e) => set('private', e.target.checked)}
            />
            Keep out of exports
          </label>
          {panels.map(({ id, Component }) => (
            <Component key={id} sessionId={sessionId} draft={draft} />
          ))}
        </form>
        <aside className="editor-preview" aria-label="Preview">
          <h2 className="preview-title">{draft.title.trim() || 'Untitled session'}</h2>
          <MarkdownView source={draft.notes} empty="Your notes will appear here as you write." />
          {draft.learned.trim() !== '' && (
            <section>
              <h3>What I learned</h3>
              <MarkdownView source={draft.learned} />
            </section>
          )}
          {draft.shared.trim() !== '' && (
            <section>
              <h3>What I shared</h3>
              <MarkdownView source={draft.shared} />
            </section>
          )}
        </aside>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this session?"
        message="The session, its notes and its action items go to the trash. You can undo right after, or restore it from the Trash."
        confirmLabel="Delete session"
        onConfirm={() => void confirmDeletion()}
        onCancel={() => setConfirmDelete(false)}
      />
    </div>
  )
}
