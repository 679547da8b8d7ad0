import { useId, useState } from 'react'
import {
  type CustomPromptDraft,
  momentLabels,
  PromptMoment,
  PromptSide,
  PromptTheme,
  type PromptView,
  sideLabels,
  themeLabels,
} from '../../../../shared/domain/prompt'
import { type Problem, problemOf } from '../../lib/client'
import { FieldError } from '../../ui/FieldError'
import { useCreatePromptMutation, useUpdatePromptMutation } from './mutations'

/** Writes a new prompt, or edits one of the user's own. Empty text is refused at the field. */
export function CustomPromptForm({ editing, onDone }: { editing: PromptView | null; onDone(): void }) {
  const [draft, setDraft] = useState<CustomPromptDraft>(() => ({
    text: editing?.text ?? '',
    theme: editing?.theme ?? 'relationship',
    moment: editing?.moment ?? 'any-time',
    side: editing?.side ?? 'both',
  }))
  const [error, setError] = useState<Problem | null>(null)
  const create = useCreatePromptMutation()
  const update = useUpdatePromptMutation()
  const id = useId()

  async function submit() {
    setError(null)
    if (draft.text.trim() === '') {
      setError({ message: 'Write the prompt before saving it.', field: 'text' })
      return
    }
    try {
      if (editing) await update.mutateAsync({ ...draft, id: editing.id })
      else await create.mutateAsync(draft)
      onDone()
    } catch (e) {
      setError(problemOf(e))
    }
  }

  return (
    <form
      className="card custom-prompt-form"
      aria-label={editing ? 'Edit prompt' : 'New prompt'}
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <h2>{editing ? 'Edit your prompt' : 'Write your own prompt'}</h2>
      <div className="field">
        <label htmlFor={`${id}-text`}>Prompt</label>
        <textarea
          id={`${id}-text`}
          className="prompt-text-input"
          value={draft.text}
          maxLength={500}
          placeholder="A question you want to come back to, e.g. What did I explain badly today?"
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          aria-invalid={error?.field === 'text'}
          aria-describedby={error?.field === 'text' ? `${id}-text-error` : undefined}
        />
        <FieldError id={`${id}-text-error`} message={error?.field === 'text' ? error.message : undefined} />
      </div>
      <div className="prompt-form-row">
        <Select
          label="Theme"
          value={draft.theme}
          options={PromptTheme.options.map((t) => [t, themeLabels[t]])}
          onChange={(v) => setDraft({ ...draft, theme: PromptTheme.parse(v) })}
        />
        <Select
          label="When to answer"
          value={draft.moment}
          options={PromptMoment.options.map((m) => [m, momentLabels[m]])}
          onChange={(v) => setDraft({ ...draft, moment: PromptMoment.parse(v) })}
        />
        <Select
          label="Who it is for"
          value={draft.side}
          options={PromptSide.options.map((s) => [s, sideLabels[s]])}
          onChange={(v) => setDraft({ ...draft, side: PromptSide.parse(v) })}
        />
      </div>
      {error && error.field !== 'text' && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button primary">
          {editing ? 'Save prompt' : 'Add prompt'}
        </button>
        <button type="button" className="button ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: string
  options: Array<[string, string]>
  onChange(value: string): void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}
