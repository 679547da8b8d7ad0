import { useEffect, useId, useMemo, useState } from 'react'
import { newSessionRoute, useNavigation } from '../../app/navigation'
import { formatMonth, groupByMonth } from '../../lib/dates'
import { formatNumber } from '../../lib/numbers'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { usePartnerById } from '../partners/queries'
import { MonthJump } from './MonthJump'
import { useRecentSessions, useSessionMonths, useSessionPages } from './queries'
import { SessionRow } from './SessionRow'

/**
 * Sessions newest first, grouped by month, with a filter over title, partner and topics and a jump to any
 * month. Main filters and pages the list: the screen holds the rows it shows, never the whole journal.
 */
export function SessionList() {
  const nav = useNavigation()
  const [filter, setFilter] = useState('')
  const searchId = useId()
  const partnerById = usePartnerById()
  // The first rows of the unfiltered list: whether the journal is empty (Home asks for the same page).
  const newest = useRecentSessions()
  // The list starts at `start` (0: the newest); "Go to month" moves it to that month's first session.
  const [start, setStart] = useState(0)
  const sessions = useSessionPages(filter, start)
  const monthIndex = useSessionMonths(filter)
  /** The month just jumped to: its heading is scrolled to and focused once drawn. */
  const [jumped, setJumped] = useState<string | null>(null)
  const rows = useMemo(() => sessions.data?.pages.flatMap((p) => p.items) ?? [], [sessions.data])
  const groups = useMemo(() => groupByMonth(rows), [rows])
  const total = sessions.data?.pages[0]?.total ?? 0
  const hidden = Math.max(0, total - (start + rows.length))
  const months = monthIndex.data ?? []

  useEffect(() => {
    if (jumped === null || sessions.isPlaceholderData) return
    const heading = document.getElementById(`month-${jumped}`)
    if (heading === null) return
    heading.scrollIntoView({ block: 'start' })
    heading.focus()
    setJumped(null)
  }, [jumped, sessions.isPlaceholderData])

  function jumpTo(month: string) {
    const entry = months.find((m) => m.month === month)
    if (entry === undefined) return
    setStart(entry.offset)
    setJumped(month)
  }

  if (sessions.isPending || newest.isPending) return <p className="muted loading">Opening your journal…</p>
  if (sessions.isError) return <LoadError error={sessions.error} />
  if (newest.isError) return <LoadError error={newest.error} />

  // Unfiltered, the list's own total says whether the journal is empty; filtered, the newest page does.
  const journalTotal = filter.trim() === '' && !sessions.isPlaceholderData ? total : newest.data.total
  if (journalTotal === 0) {
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
            }}
          />
          <button type="button" className="button primary" onClick={() => nav.go(newSessionRoute())}>
            New session
          </button>
        </div>
      </header>
      {months.length > 1 && <MonthJump months={months} onJump={jumpTo} />}
      {start > 0 && (
        <button type="button" className="button show-more" onClick={() => setStart(0)}>
          Back to the newest sessions ({formatNumber(start)} newer)
        </button>
      )}
      {groups.length === 0 && !sessions.isPlaceholderData && (
        <p className="muted">No session matches “{filter}”.</p>
      )}
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
        <button
          type="button"
          className="button show-more"
          disabled={sessions.isFetchingNextPage}
          onClick={() => void sessions.fetchNextPage()}
        >
          Show older sessions ({formatNumber(hidden)} more)
        </button>
      )}
    </div>
  )
}
