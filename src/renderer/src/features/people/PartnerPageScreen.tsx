import { useQuery } from '@tanstack/react-query'
import { partnerDirectionLabels } from '../../../../shared/domain/partner'
import type { FlowLine, PartnerPage } from '../../../../shared/domain/partner-page'
import { sessionTitle } from '../../../../shared/domain/session'
import { useNavigation } from '../../app/navigation'
import { formatShortDate } from '../../lib/dates'
import { countOf } from '../../lib/numbers'
import { LoadError } from '../../ui/LoadError'
import { partnerQueries } from '../partners/queries'
import { PrepareSession } from './PrepareSession'
import { SessionsChart } from './SessionsChart'

const goalStatusWords = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
  dropped: 'Dropped',
} as const

/** One partner: their sessions over time, what flowed each way, linked goals and skills, what is open, what is next. */
export function PartnerPageScreen({ partnerId }: { partnerId: string }) {
  const page = useQuery(partnerQueries.page(partnerId))
  const nav = useNavigation()

  const body = () => {
    if (page.isPending) return <p className="muted loading">Opening their page…</p>
    if (page.isError) return <LoadError error={page.error} />
    return <PageBody page={page.data} />
  }
  const name = page.data?.partner.name
  return (
    <div className="screen partner-page">
      <header className="screen-header">
        <div>
          <button type="button" className="button ghost" onClick={() => nav.go({ screen: 'people' })}>
            ← People
          </button>
          <h1 className="partner-page-name">{name ?? 'Partner'}</h1>
          {page.data && (
            <p className="muted">
              {partnerDirectionLabels[page.data.partner.direction]}
              {page.data.partner.archived ? ' · Archived' : ''}
            </p>
          )}
        </div>
      </header>
      {body()}
    </div>
  )
}

function PageBody({ page }: { page: PartnerPage }) {
  const nav = useNavigation()
  const { partner } = page
  return (
    <div className="partner-page-grid">
      <section className="card partner-page-wide" aria-labelledby="pp-facts">
        <h2 id="pp-facts">At a glance</h2>
        <dl className="partner-facts">
          <div>
            <dt>Sessions held</dt>
            <dd>{countOf(page.sessionCount, 'session', 'sessions')}</dd>
          </div>
          <div>
            <dt>First session</dt>
            <dd>{page.firstSessionOn ? formatShortDate(page.firstSessionOn) : 'No session yet'}</dd>
          </div>
          <div>
            <dt>Last session</dt>
            <dd>{page.lastSessionOn ? formatShortDate(page.lastSessionOn) : 'None yet'}</dd>
          </div>
          <div>
            <dt>Next planned session</dt>
            <dd>{partner.nextSessionOn ? formatShortDate(partner.nextSessionOn) : 'None planned'}</dd>
          </div>
        </dl>
      </section>

      <section className="card partner-page-wide" aria-labelledby="pp-prepare">
        <h2 id="pp-prepare">Prepare the next session</h2>
        <PrepareSession partner={partner} />
      </section>

      <section className="card partner-page-wide" aria-labelledby="pp-sessions">
        <h2 id="pp-sessions">Sessions over time</h2>
        {page.sessionCount === 0 ? (
          <p className="muted">
            {`No sessions with ${partner.name} yet. When you log one with them, it shows here, month by month.`}
          </p>
        ) : (
          <>
            <SessionsChart months={page.months} />
            <h3>
              {page.recentSessions.length < page.sessionCount
                ? `The latest ${page.recentSessions.length} of ${page.sessionCount} sessions`
                : 'Every session'}
            </h3>
            <ul className="linked-list partner-sessions" aria-label={`Sessions with ${partner.name}`}>
              {page.recentSessions.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => nav.go({ screen: 'session', id: s.id })}
                  >
                    {sessionTitle(s)}
                  </button>
                  <span className="muted">
                    {formatShortDate(s.date)}
                    {s.openActionItems > 0
                      ? ` · ${countOf(s.openActionItems, 'open item', 'open items')}`
                      : ''}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card partner-page-wide" aria-labelledby="pp-flow">
        <h2 id="pp-flow">What flowed each way</h2>
        <div className="two-way">
          <Flow
            title={`What I learned from ${partner.name}`}
            flow={page.learned}
            empty="Nothing written under “What I learned” yet."
          />
          <Flow
            title={`What I shared with ${partner.name}`}
            flow={page.shared}
            empty="Nothing written under “What I shared” yet."
          />
        </div>
      </section>

      <section className="card" aria-labelledby="pp-goals">
        <h2 id="pp-goals">Goals linked to their sessions</h2>
        {page.goals.length === 0 ? (
          <p className="muted">No goal is linked to a session with {partner.name} yet.</p>
        ) : (
          <ul className="linked-list">
            {page.goals.map((g) => (
              <li key={g.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => nav.go({ screen: 'goal', id: g.id })}
                >
                  {g.title}
                </button>
                <span className="muted">
                  {' '}
                  · {goalStatusWords[g.status]} · {countOf(g.sessions, 'session', 'sessions')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="pp-skills">
        <h2 id="pp-skills">Skills</h2>
        {page.skills.length === 0 ? (
          <p className="muted">No skill is linked to {partner.name} or their sessions yet.</p>
        ) : (
          <ul className="linked-list">
            {page.skills.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => nav.go({ screen: 'skill', id: s.id })}
                >
                  {s.name}
                </button>
                <span className="muted">
                  {' '}
                  · {s.direction === 'learned' ? 'Learned' : 'Taught'}
                  {s.dueForPractice ? ' · Due for practice' : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card partner-page-wide" aria-labelledby="pp-open">
        <h2 id="pp-open">Open action items</h2>
        {page.openActionItems.length === 0 ? (
          <p className="muted">Nothing is open with {partner.name}.</p>
        ) : (
          <>
            {page.openActionItems.length < page.openActionItemCount && (
              <p className="muted">{`The latest ${page.openActionItems.length} of ${page.openActionItemCount} open items.`}</p>
            )}
            <ul className="linked-list">
              {page.openActionItems.map((item) => (
                <li key={item.itemId}>
                  {item.text}{' '}
                  <span className="muted">
                    · from{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => nav.go({ screen: 'session', id: item.sessionId })}
                    >
                      {formatShortDate(item.sessionDate)}
                    </button>
                    {item.due ? ` · due ${formatShortDate(item.due)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  )
}

function Flow({
  title,
  flow,
  empty,
}: {
  title: string
  flow: { count: number; lines: FlowLine[] }
  empty: string
}) {
  return (
    <div className="partner-flow">
      <h3>{title}</h3>
      <p className="muted">{countOf(flow.count, 'line', 'lines')}</p>
      {flow.lines.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="name-list">
          {flow.lines.map((l) => (
            <li key={`${l.sessionId}-${l.text}`}>
              {l.text} <span className="muted small">({formatShortDate(l.sessionDate)})</span>
            </li>
          ))}
        </ul>
      )}
      {flow.lines.length < flow.count && (
        <p className="muted small">{`The latest ${flow.lines.length} of ${flow.count} lines.`}</p>
      )}
    </div>
  )
}
