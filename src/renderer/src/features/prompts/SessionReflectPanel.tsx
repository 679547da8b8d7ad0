import { useId, useMemo, useState } from 'react'
import type { PromptView } from '../../../../shared/domain/prompt'
import { useNavigation } from '../../app/navigation'
import type { SessionPanelProps } from '../../app/slots'
import { usePrograms, usePromptLibrary, useSessionReflections } from './queries'
import { ReflectionForm } from './ReflectionForm'

/** A small, stable pick from a list, so a session offers the same prompts every time it is opened. */
function pickFor(seed: string, prompts: PromptView[], count: number): PromptView[] {
  let h = 0
  for (const c of seed) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0
  const pinned = prompts.filter((p) => p.pinned)
  const rest = prompts.filter((p) => !p.pinned)
  const start = rest.length === 0 ? 0 : h % rest.length
  return [...pinned, ...rest.slice(start), ...rest.slice(0, start)].slice(0, count)
}

/**
 * Inside the session editor: the before and after prompts that fit this session (its program week's
 * when it falls in one, otherwise a stable pick), answered in place and linked to the session.
 */
export function SessionReflectPanel({ sessionId, draft }: SessionPanelProps) {
  const library = usePromptLibrary()
  const programs = usePrograms()
  const reflections = useSessionReflections(sessionId)
  const nav = useNavigation()
  const panelId = useId()
  const [answering, setAnswering] = useState<{ promptId: string; key: string } | null>(null)

  const { before, after, source } = useMemo(() => {
    const prompts = (library.data?.prompts ?? []).filter((p) => !p.hidden && !p.archived)
    const byId = new Map(prompts.map((p) => [p.id, p]))
    for (const program of programs.data ?? []) {
      const week = program.weeks.find((w) => w.start <= draft.date && draft.date <= w.end)
      if (!week || (program.partnerId && draft.partnerId && program.partnerId !== draft.partnerId)) continue
      return {
        before: week.promptsBefore.flatMap((id) => byId.get(id) ?? []),
        after: week.promptsAfter.flatMap((id) => byId.get(id) ?? []),
        source: `${program.name}, week ${week.week}`,
      }
    }
    const seed = sessionId ?? draft.date
    return {
      before: pickFor(
        seed,
        prompts.filter((p) => p.moment === 'before-session'),
        2,
      ),
      after: pickFor(
        seed,
        prompts.filter((p) => p.moment === 'after-session'),
        2,
      ),
      source: null,
    }
  }, [library.data, programs.data, draft.date, draft.partnerId, sessionId])

  const answered = new Set((reflections.data ?? []).flatMap((r) => (r.prompt ? [r.prompt.id] : [])))

  return (
    <section className="card reflect-panel" aria-labelledby="reflect-panel-title">
      <div className="card-header">
        <h2 id="reflect-panel-title">Reflect on this session</h2>
        {source && <span className="badge subtle">{source}</span>}
      </div>
      {sessionId === null ? (
        <p className="muted">
          Give the session a title or some notes first; then you can reflect on it here.
        </p>
      ) : (
        <>
          {(reflections.data ?? []).length > 0 && (
            <ul className="session-reflections" aria-label="Reflections on this session">
              {reflections.data?.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => nav.go({ screen: 'reflection', id: r.id })}
                  >
                    {r.prompt?.text ?? 'Free reflection'}
                  </button>
                  <span className="muted reflection-excerpt">{r.answer}</span>
                </li>
              ))}
            </ul>
          )}
          {[
            { title: 'Before the session', prompts: before },
            { title: 'After the session', prompts: after },
          ].map(({ title, prompts }) =>
            prompts.length === 0 ? null : (
              <div key={title} className="panel-group">
                <h3>{title}</h3>
                <ul className="week-prompts">
                  {prompts.map((p) => (
                    <li key={p.id}>
                      <span id={`${panelId}-${p.id}`}>
                        {p.text}
                        {answered.has(p.id) && <span className="badge subtle answered">Answered</span>}
                      </span>
                      {/* Named "Reflect", described by the prompt: a label full of prompt text would
                          clash with the session form's own labels ("partner", "notes"…). */}
                      <button
                        type="button"
                        className="button ghost small"
                        aria-describedby={`${panelId}-${p.id}`}
                        onClick={() => setAnswering({ promptId: p.id, key: crypto.randomUUID() })}
                      >
                        Reflect
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ),
          )}
          {answering && (
            <div className="inline-reflection">
              <ReflectionForm
                key={answering.key}
                stored={null}
                promptId={answering.promptId}
                sessionId={sessionId}
                defaultDate={draft.date}
                inline
              />
              <button type="button" className="button small" onClick={() => setAnswering(null)}>
                Done
              </button>
            </div>
          )}
        </>
      )}
    </section>
  )
}
