import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { Partner } from '../../../../shared/domain/partner'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { localToday } from '../../lib/dates'
import { partnerQueries } from '../partners/queries'
import { useSaveSessionMutation } from '../sessions/mutations'

/**
 * Agendas the user changed, by partner, while the app runs: leaving the partner's page and coming back
 * finds the text as they left it. Kept in memory only, never in the browser's storage: that would put
 * private words outside the journal (and outside its encryption).
 */
const editedAgendas = new Map<string, string>()

/**
 * "Prepare the next session": the agenda main built, in a textarea the user edits; then copied as text
 * or started as a new session (dated today, with the agenda as its notes) opened in the editor.
 */
export function PrepareSession({ partner }: { partner: Partner }) {
  const agenda = useQuery(partnerQueries.agenda(partner.id))
  const [text, setTextState] = useState<string | null>(() => editedAgendas.get(partner.id) ?? null)
  const setText = (value: string | null) => {
    if (value === null) editedAgendas.delete(partner.id)
    else editedAgendas.set(partner.id, value)
    setTextState(value)
  }
  const [said, setSaid] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const save = useSaveSessionMutation()
  const nav = useNavigation()
  const id = useId()

  if (agenda.isPending) return <p className="muted loading">Building the agenda…</p>
  if (agenda.isError) {
    return (
      <p className="field-error" role="alert">
        {`Tandem could not build the agenda: ${messageOf(agenda.error)}`}
      </p>
    )
  }
  const current = text ?? agenda.data.text

  async function copy() {
    setProblem(null)
    setSaid(null)
    try {
      await navigator.clipboard.writeText(current)
      setSaid('The agenda is copied. Paste it wherever you like.')
    } catch (e) {
      setProblem(`The agenda was not copied: ${messageOf(e)}. Select the text and copy it by hand.`)
    }
  }

  async function start() {
    setProblem(null)
    setSaid(null)
    try {
      const saved = await save.mutateAsync({
        id: null,
        draft: {
          date: localToday(),
          partnerId: partner.id,
          title: `Session with ${partner.name}`,
          topics: [],
          notes: current,
          learned: '',
          shared: '',
          actionItems: [],
          durationMinutes: null,
          private: false,
        },
      })
      // The agenda now lives in the session's notes: the next one starts fresh.
      setText(null)
      nav.go({ screen: 'session', id: saved.id })
    } catch (e) {
      setProblem(`The session was not started: ${messageOf(e)}`)
    }
  }

  return (
    <div className="prepare-session">
      <p className="muted">
        {agenda.data.items.length === 0
          ? `Nothing is open with ${partner.name} yet. Write down what you want to talk about.`
          : `Built from what is open with ${partner.name}: change anything before you use it.`}
      </p>
      <div className="field">
        <label htmlFor={`${id}-agenda`}>Agenda</label>
        <textarea
          id={`${id}-agenda`}
          className="agenda-text"
          rows={12}
          value={current}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="row prepare-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy as text
        </button>
        <button
          type="button"
          className="button primary"
          disabled={save.isPending}
          onClick={() => void start()}
        >
          Start a session with this agenda
        </button>
        {text !== null && text !== agenda.data.text && (
          <button type="button" className="button ghost" onClick={() => setText(null)}>
            Start the agenda over
          </button>
        )}
      </div>
      <p className="muted" role="status">
        {said ?? ''}
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
