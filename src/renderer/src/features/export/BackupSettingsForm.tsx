import { type FormEvent, useEffect, useId, useState } from 'react'
import type { BackupSettings } from '../../../../shared/contract/backups'
import { type Problem, problemOf } from '../../lib/client'
import { FieldError } from '../../ui/FieldError'
import { useUpdateBackupSettingsMutation } from './mutations'
import { useBackupSettings } from './queries'

type Texts = { keepDaily: string; keepWeekly: string }

/** How many daily and weekly backups Tandem keeps. */
export function BackupSettingsForm() {
  const settings = useBackupSettings()
  const update = useUpdateBackupSettingsMutation()
  const id = useId()
  const [texts, setTexts] = useState<Texts | null>(null)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [saved, setSaved] = useState(false)

  useEffect(() => {
    if (settings.data && texts === null)
      setTexts({ keepDaily: String(settings.data.keepDaily), keepWeekly: String(settings.data.keepWeekly) })
  }, [settings.data, texts])

  if (!texts) return null
  const errorAt = (field: keyof Texts) => (problem?.field === field ? problem.message : undefined)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!texts) return
    setSaved(false)
    const numbers: BackupSettings = {
      keepDaily: Number(texts.keepDaily),
      keepWeekly: Number(texts.keepWeekly),
    }
    for (const field of ['keepDaily', 'keepWeekly'] as const) {
      if (texts[field].trim() === '' || !Number.isFinite(numbers[field])) {
        setProblem({ message: 'Enter a whole number.', field })
        return
      }
    }
    setProblem(null)
    try {
      const stored = await update.mutateAsync(numbers)
      setTexts({ keepDaily: String(stored.keepDaily), keepWeekly: String(stored.keepWeekly) })
      setSaved(true)
    } catch (e) {
      setProblem(problemOf(e))
    }
  }

  const field = (name: keyof Texts, label: string, min: number, max: number) => (
    <div className="field backup-keep">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={texts[name]}
        aria-invalid={errorAt(name) !== undefined}
        onChange={(e) => {
          setSaved(false)
          setTexts({ ...texts, [name]: e.target.value })
        }}
      />
      <FieldError message={errorAt(name)} />
    </div>
  )

  return (
    <form
      className="backup-settings"
      aria-label="Backups to keep"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      {field('keepDaily', 'Daily backups to keep', 1, 365)}
      {field('keepWeekly', 'Weekly backups to keep', 0, 104)}
      <button type="submit" className="button" disabled={update.isPending}>
        Save
      </button>
      {problem && !problem.field && (
        <p className="field-error" role="alert">
          {problem.message}
        </p>
      )}
      {saved && <span className="muted">Saved</span>}
    </form>
  )
}
