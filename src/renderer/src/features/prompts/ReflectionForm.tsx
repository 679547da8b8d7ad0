import { useId, useRef, useState } from 'react'
import { momentLabels, themeLabels } from '../../../../shared/domain/prompt'
import type { Reflection } from '../../../../shared/domain/reflection'
import { sessionTitle } from '../../../../shared/domain/session'
import { formatShortDate } from '../../lib/dates'
import { FieldError } from '../../ui/FieldError'
import { FormattingHelp } from '../../ui/FormattingHelp'
import { SaveStatus } from '../../ui/SaveStatus'
import { useAutosave } from '../../ui/useAutosave'
import { useSessions } from '../sessions/queries'
import { blankReflection, draftOfReflection, type ReflectionEditorDraft, toReflectionDraft } from './draft'
import { useSaveReflectionMutation } from './mutations'
import { usePromptLibrary } from './queries'
import { ReflectionLinks } from './ReflectionLinks'

interface Props {
  stored: Reflection | null
  promptId: string | null
  sessionId: string | null
  defaultDate: string
  /** Inside a session: the session is fixed and the form is smaller. */
  inline?: boolean
  onSaved?(id: string): void
  /** For a live preview next to the form. */
  onAnswerChange?(answer: string): void
}

/** Answering a prompt, saved as you type like a session. The prompt's text is kept as it was answered. */
export function ReflectionForm({
  stored,
  promptId,
  sessionId,
  defaultDate,
  inline,
  onSaved,
  onAnswerChange,
}: Props) {
  const saveReflection = useSaveReflectionMutation()
  const library = usePromptLibrary()
  const sessions = useSessions()
  const [draft, setDraft] = useState<ReflectionEditorDraft>(() =>
    stored ? draftOfReflection(stored) : blankReflection(defaultDate, promptId, sessionId),
  )
  // The id on screen (null until the first save), and the same for the save in flight, which must not wait for a render.
  const [reflectionId, setReflectionId] = useState<string | null>(stored?.id ?? null)
  const idRef = useRef(reflectionId)
  const [snapshot, setSnapshot] = useState(stored?.prompt ?? null)
  const fieldId = useId()

  async function save(value: ReflectionEditorDraft): Promise<boolean> {
    // A new reflection is written once there is an answer; an emptied one is refused by main, at the field.
    if (idRef.current === null && value.answer.trim() === '') return false
    const saved = await saveReflection.mutateAsync({ id: idRef.current, draft: toReflectionDraft(value) })
    const first = idRef.current === null
    idRef.current = saved.id
    setReflectionId(saved.id)
    setSnapshot(saved.prompt)
    if (first) onSaved?.(saved.id)
    return true
  }

  const autosave = useAutosave(draft, save)
  const { error, errorAt } = autosave
  const set = <K extends keyof ReflectionEditorDraft>(key: K, value: ReflectionEditorDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))

  const live = library.data?.prompts.find((p) => p.id === draft.promptId)
  const prompt = snapshot ?? live ?? null
  const choosable = (library.data?.prompts ?? []).filter((p) => !p.hidden && !p.archived)

  return (
    <section className={inline ? 'reflection-form inline' : 'reflection-form'} aria-label="Reflection">
      <div className="reflection-form-top">
        <SaveStatus state={autosave.state} />
      </div>
      {prompt ? (
        <blockquote className="prompt-quote">
          <p>{prompt.text}</p>
          <span className="prompt-meta">
            {themeLabels[prompt.theme]} · {momentLabels[prompt.moment]}
          </span>
        </blockquote>
      ) : reflectionId === null && !inline ? (
        <div className="field">
          <label htmlFor={`${fieldId}-prompt`}>Prompt</label>
          <select
            id={`${fieldId}-prompt`}
            value={draft.promptId ?? ''}
            onChange={(e) => set('promptId', e.target.value === '' ? null : e.target.value)}
          >
            <option value="">No prompt: a free reflection</option>
            {choosable.map((p) => (
              <option key={p.id} value={p.id}>
                {p.text}
              </option>
            ))}
          </select>
          <FieldError message={errorAt('promptId')} />
        </div>
      ) : (
        <p className="muted">A free reflection, without a prompt.</p>
      )}
      <div className="field">
        <label htmlFor={`${fieldId}-answer`}>Answer</label>
        <textarea
          id={`${fieldId}-answer`}
          className={inline ? 'answer inline' : 'answer'}
          data-search-field={inline ? undefined : 'answer'}
          value={draft.answer}
          placeholder="Write freely."
          onChange={(e) => {
            set('answer', e.target.value)
            onAnswerChange?.(e.target.value)
          }}
          aria-invalid={errorAt('answer') !== undefined}
          aria-describedby={`${fieldId}-answer-note`}
        />
        <FormattingHelp />
        <p id={`${fieldId}-answer-note`} className={errorAt('answer') ? 'field-error' : 'hint'}>
          {errorAt('answer') ??
            (reflectionId === null ? 'Saved as soon as you write an answer.' : 'Saved as you type.')}
        </p>
      </div>
      <div className="reflection-meta">
        {!inline && (
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
        )}
        <fieldset className="confidence">
          <legend>Confidence (optional)</legend>
          <div className="confidence-scale">
            {[1, 2, 3, 4, 5].map((n) => (
              <label
                key={n}
                className={draft.confidence === n ? 'confidence-dot selected' : 'confidence-dot'}
              >
                <input
                  type="radio"
                  name={`${fieldId}-confidence`}
                  value={n}
                  checked={draft.confidence === n}
                  onChange={() => set('confidence', n)}
                />
                <span>{n}</span>
              </label>
            ))}
            {draft.confidence !== null && (
              <button type="button" className="link-button small" onClick={() => set('confidence', null)}>
                Clear
              </button>
            )}
          </div>
        </fieldset>
        {!inline && (
          <div className="field">
            <label htmlFor={`${fieldId}-session`}>Linked session</label>
            <select
              id={`${fieldId}-session`}
              value={draft.sessionId ?? ''}
              onChange={(e) => set('sessionId', e.target.value === '' ? null : e.target.value)}
              aria-invalid={errorAt('sessionId') !== undefined}
            >
              <option value="">No session</option>
              {sessions.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatShortDate(s.date)} · {sessionTitle(s)}
                </option>
              ))}
            </select>
            <FieldError message={errorAt('sessionId')} />
          </div>
        )}
      </div>
      {!inline && (
        <ReflectionLinks
          goalIds={draft.goalIds}
          skillIds={draft.skillIds}
          onGoals={(ids) => set('goalIds', ids)}
          onSkills={(ids) => set('skillIds', ids)}
          errorAt={(prefix) => (error?.field?.startsWith(`${prefix}.`) ? error.message : undefined)}
        />
      )}
      <label className="checkbox">
        <input type="checkbox" checked={draft.private} onChange={(e) => set('private', e.target.checked)} />
        Keep this reflection out of exports
      </label>
    </section>
  )
}
