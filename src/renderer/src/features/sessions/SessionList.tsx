import { useEffect, useId, useMemo, useState } from 'react'
import { newSessionRoute, useNavigation } from '../../app/navigation'
import { formatMonth, groupByMonth } from '../../lib/dates'
import { formatNumber } from '../../lib/numbers'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { usePartnerById } from '../partners/queries'
import { type MonthCount, MonthJump } from './MonthJump'
import { useSessions } from './queries'
import { SessionRow } from './SessionRow'

const PAGE_SIZE = 200

/** Sessions newest first, grouped by month, with a filter over title, partner and topics and a jump to any month. */
export function SessionList() {
  const sessions = useSessions()
  const nav = useNavigation()
  const [filter, setFilter] = useState('')
  const searchId = useId()
  const partnerById = usePartnerById()

  // A long journal is drawn a page at a time: years of daily sessions would make thousands of rows.
  // The page starts at `start` (0: the newest); "Go to month" moves it to that month's first session.
  const [start, setStart] = useState(0)
  const [shown, setShown] = useState(PAGE_SIZE)
  /** The month just jumped to: its heading is scrolled to and focused once drawn. */
  const [jumped, setJumped] = useState<string | null>(null)
  const matching = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase()
    return (sessions.data ?? []).filter((s) => {
      if (needle === '') return true
      const partner = s.partnerId ? (partnerById.get(s.partnerId)?.name ?? '') : ''
      return [s.title, partner, ...s.topics].some((text) => text.toLocaleLowerCase().includes(needle))
    })
  }, [sessions.data, filter, partnerById])
  const groups = useMemo(() => groupByMonth(matching.slice(start, start + shown)), [matching, start, shown])
  const hidden = Math.max(0, matching.length - (start + shown))
  const months = useMemo<MonthCount[]>(
    () => groupByMonth(matching).map(([month, items]) => ({ month, count: items.length })),
    [matching],
  )

  useEffect(() => {
    if (jumped === null) return
    const heading = document.getElementById(`month-${jumped}`)
    heading?.scrollIntoView({ block: 'start' })
    heading?.focus()
    setJumped(null)
  }, [jumped])

  function jumpTo(month: string) {
    const first = matching.findIndex((s) => s.date.startsWith(month))
    if (first < 0) return
    setStart(first)
    setShown(PAGE_SIZE)
    setJumped(month)
  }

  if (sessions.isPending) return <p className="muted loading">Opening your journal…</p>
  if (sessions.isError) return <LoadError error={sessions.error} />

  if (sessions.data.length === 0) {
    return (
      <div className="screen">
        <header className="screen-header">
          <h1>Sessions</h1>
        </header>
        <EmptyState
          title="Your journal is waiting for its first session"
          action={
            <button type="button" className="button primary" onClick={() => nav.go(newSessionRoute())}>
              Log your first session
            </button>
          }
        >
          <p>
            After each conversation with your mentoring partner, note what you talked about, what you learned
            and what you shared. It all stays on this computer.
          </p>
        </EmptyState>
      </div>
    )
  }

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Sessions</h1>
        <div className="row">
          <label htmlFor={searchId} className="visually-hidden">
            Filter sessions
          </label>
          <input
            id={searchId}
            type="search"
            className="search"
            placeholder="Filter by title, partner or topic"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value)
              setStart(0)
              setShown(PAGE_SIZE)
            }}
          />
          <button type="button" className="button primary" onClick={() => nav.go(newSessionRoute())}>
            New session
          </button>
        </div>
      </header>
      {months.length > 1 && <MonthJump months={months} onJump={jumpTo} />}
      {start > 0 && (
        <button
          type="button"
          className="button show-more"
          onClick={() => {
            setStart(0)
            setShown(PAGE_SIZE)
          }}
        >
          Back to the newest sessions ({formatNumber(start)} newer)
        </button>
      )}
      {groups.length === 0 && <p className="muted">No session matches “{filter}”.</p>}
      {groups.map(([month, items]) => (
        <section key={month} className="month" aria-labelledby={`month-${month}`}>
          <h2 id={`month-${month}`} className="month-title" tabIndex={-1}>
            {formatMonth(month)}
          </h2>
          <ul className="session-list">
            {items.map((s) => (
              <SessionRow
                key={s.id}
                session={s}
                partner={s.partnerId ? partnerById.get(s.partnerId) : undefined}
              />
            ))}
          </ul>
        </section>
      ))}
      {hidden > 0 && (
        <button type="button" className="button show-more" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          Show older sessions ({formatNumber(hidden)} more)
        </button>
      )}
    </div>
  )
}
