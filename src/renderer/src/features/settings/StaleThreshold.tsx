import { useEffect, useId, useState } from 'react'
import { JournalSettings } from '../../../../shared/domain/settings'

/** When a skill counts as "going stale" (the same setting as on the Skills screen). */
export function StaleThreshold({ days, onChange }: { days: number; onChange(days: number): void }) {
  const id = useId()
  const [text, setText] = useState(String(days))
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => setText(String(days)), [days])

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Skills</h2>
      <div className="field settings-days">
        <label htmlFor={`${id}-days`}>A skill is going stale after (days without practice)</label>
        <input
          id={`${id}-days`}
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          value={text}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            setText(e.target.value)
            const value = e.target.value.trim() === '' ? Number.NaN : Number(e.target.value)
            if (!Number.isFinite(value)) {
              setProblem('Enter a whole number of days.')
              return
            }
            const parsed = JournalSettings.shape.staleAfterDays.safeParse(value)
            if (parsed.success) {
              setProblem(null)
              onChange(parsed.data)
            } else setProblem(parsed.error.issues[0]?.message ?? 'Use a whole number of days.')
          }}
        />
        {problem && (
          <p className="field-error" id={`${id}-problem`}>
            {problem}
          </p>
        )}
      </div>
    </section>
  )
}
