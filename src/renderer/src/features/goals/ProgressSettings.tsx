import { type Dispatch, type SetStateAction, useId } from 'react'
import { FieldError } from '../../ui/FieldError'
import type { GoalEditorDraft } from './draft'

interface Props {
  draft: GoalEditorDraft
  setDraft: Dispatch<SetStateAction<GoalEditorDraft>>
  errorAt(field: string): string | undefined
}

/** Progress follows the milestones unless the user sets it by hand, with a reason. */
export function ProgressSettings({ draft, setDraft, errorAt }: Props) {
  const id = useId()
  const manual = draft.progressMode === 'manual'
  return (
    <fieldset className="action-items progress-settings">
      <legend>Progress</legend>
      <div className="row" role="radiogroup" aria-label="Progress comes from">
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={!manual}
            onChange={() => setDraft((d) => ({ ...d, progressMode: 'milestones' }))}
          />
          From milestones
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={manual}
            onChange={() => setDraft((d) => ({ ...d, progressMode: 'manual' }))}
          />
          Set by hand
        </label>
      </div>
      {manual && (
        <div className="manual-progress">
          <div className="field narrow">
            <label htmlFor={`${id}-value`}>Progress (%)</label>
            <input
              id={`${id}-value`}
              type="number"
              min={0}
              max={100}
              inputMode="numeric"
              value={draft.manualProgressText}
              aria-invalid={errorAt('manualProgress') !== undefined}
              onChange={(e) => setDraft((d) => ({ ...d, manualProgressText: e.target.value }))}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-reason`}>Why set by hand</label>
            <input
              id={`${id}-reason`}
              value={draft.manualReason}
              maxLength={500}
              placeholder="The milestones do not tell the whole story because…"
              aria-invalid={errorAt('manualReason') !== undefined}
              onChange={(e) => setDraft((d) => ({ ...d, manualReason: e.target.value }))}
            />
          </div>
          <FieldError message={errorAt('manualProgress')} />
          <FieldError message={errorAt('manualReason')} />
        </div>
      )}
    </fieldset>
  )
}
