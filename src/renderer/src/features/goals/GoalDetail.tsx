import { useEffect, useRef, useState } from 'react'
import { type Goal, goalStatusLabels } from '../../../../shared/domain/goal'
import { computeProgress, goalDueState } from '../../../../shared/domain/goal-progress'
import { useNavigation } from '../../app/navigation'
import { useSlot } from '../../app/slots'
import { messageOf } from '../../lib/client'
import { localToday } from '../../lib/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { lineError, rememberStoredIds } from '../../ui/checklist'
import { EditorHeader } from '../../ui/EditorHeader'
import { LoadError } from '../../ui/LoadError'
import { SaveStatus } from '../../ui/SaveStatus'
import { useAutosave } from '../../ui/useAutosave'
import { useDeletedNotice } from '../trash/mutations'
import { CheckInsPanel } from './CheckInsPanel'
import { DueMark } from './DueMark'
import { draftOf, type GoalEditorDraft, sentMilestones, toGoalUpdate } from './draft'
import { GoalFields } from './GoalFields'
import { GoalTimeline } from './GoalTimeline'
import { LinkedSessions } from './LinkedSessions'
import { MilestonesEditor } from './MilestonesEditor'
import { useDeleteGoalMutation, useUpdateGoalMutation } from './mutations'
import { ProgressBar } from './ProgressBar'
import { ProgressSettings } from './ProgressSettings'
import { useGoal } from './queries'
import { StatusDialog } from './StatusDialog'

export function GoalDetail({ goalId }: { goalId: string }) {
  const goal = useGoal(goalId)
  if (goal.isPending) return <p className="muted loading">Opening the goal…</p>
  if (goal.isError)
    return (
      <div className="screen">
        <LoadError error={goal.error} />
      </div>
    )
  return <GoalEditor stored={goal.data} />
}

function GoalEditor({ stored }: { stored: Goal }) {
  const nav = useNavigation()
  const saveGoal = useUpdateGoalMutation()
  const remove = useDeleteGoalMutation()
  const deletedNotice = useDeletedNotice()
  const [draft, setDraft] = useState<GoalEditorDraft>(() => draftOf(stored))
  const storedIds = useRef(new Map(stored.milestones.map((m) => [m.id, m.id])))
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [changingStatus, setChangingStatus] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const panels = useSlot('goal-detail.panels')

  async function save(value: GoalEditorDraft): Promise<boolean> {
    const saved = await saveGoal.mutateAsync(toGoalUpdate(stored.id, value, storedIds.current))
    rememberStoredIds(storedIds.current, sentMilestones(value), saved.milestones)
    return true
  }
  const autosave = useAutosave(draft, save)
  const { markSaved } = autosave
  const [initial] = useState(draft)
  // The goal is already stored: say so from the start instead of an empty status.
  useEffect(() => markSaved(initial), [markSaved, initial])
  const { error, errorAt } = autosave
  const milestoneError = (key: string) => lineError(error, 'milestones', sentMilestones(draft), key)

  const progressSource = {
    milestones: draft.milestones.filter((m) => m.text.trim() !== ''),
    progressMode: draft.progressMode,
    manualProgress: draft.manualProgressText.trim() === '' ? null : Number(draft.manualProgressText),
  }
  const progress = computeProgress(progressSource)
  const title = draft.title.trim() || 'Untitled goal'
  const closed = stored.status === 'achieved' || stored.status === 'dropped'

  async function confirmDeletion() {
    setConfirmDelete(false)
    try {
      const deleted = await remove.mutateAsync(stored.id)
      nav.go({ screen: 'goals' })
      deletedNotice('Goal deleted.', deleted)
    } catch (e) {
      setDeleteError(messageOf(e))
    }
  }

  return (
    <div className="screen editor goal-detail">
      <EditorHeader
        backLabel="All goals"
        onBack={() => nav.go({ screen: 'goals' })}
        heading="Goal"
        status={<SaveStatus state={autosave.state} />}
        actions={
          <button type="button" className="button" onClick={() => setChangingStatus(true)}>
            Change status
          </button>
        }
        deleteLabel="Delete goal"
        onDelete={() => setConfirmDelete(true)}
        deleteError={deleteError}
      />
      <section className="goal-summary card" aria-label="Summary">
        <div className="row">
          <span className={`badge status-badge ${stored.status}`}>{goalStatusLabels[stored.status]}</span>
          <DueMark
            date={draft.targetDate === '' ? null : draft.targetDate}
            state={goalDueState(
              { status: stored.status, targetDate: draft.targetDate || null },
              localToday(),
            )}
          />
        </div>
        <ProgressBar progress={progress} goal={progressSource} label={`Progress of ${title}`} />
        {closed && stored.closingReflection !== '' && (
          <blockquote className="closing-reflection">
            <span className="muted">Closing reflection: </span>
            {stored.closingReflection}
          </blockquote>
        )}
      </section>
      <div className="editor-grid">
        <form className="editor-main" aria-label="Goal" onSubmit={(e) => e.preventDefault()}>
          <GoalFields draft={draft} setDraft={setDraft} errorAt={errorAt} />
          <MilestonesEditor
            milestones={draft.milestones}
            onChange={(milestones) => setDraft((d) => ({ ...d, milestones }))}
            errorFor={milestoneError}
          />
          <ProgressSettings draft={draft} setDraft={setDraft} errorAt={errorAt} />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={draft.private}
              onChange={(e) => setDraft((d) => ({ ...d, private: e.target.checked }))}
            />
            Keep out of exports
          </label>
        </form>
        <aside className="goal-side" aria-label="Goal history">
          <CheckInsPanel goal={stored} beforeCheckIn={autosave.flush} />
          <LinkedSessions goal={stored} />
          {panels.map(({ id, Component }) => (
            <Component key={id} goalId={stored.id} />
          ))}
          <GoalTimeline goal={stored} />
        </aside>
      </div>
      <StatusDialog goal={stored} open={changingStatus} onClose={() => setChangingStatus(false)} />
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this goal?"
        message="The goal, its milestones and check-ins go to the trash; the sessions linked to it stay. You can undo right after, or restore it from the Trash."
        confirmLabel="Delete goal"
        onConfirm={() => void confirmDeletion()}
        onCancel={() => setConfirmDelete(false)}
      />
    </div>
  )
}
