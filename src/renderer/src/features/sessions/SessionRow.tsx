import { type Partner, partnerDirectionLabels } from '../../../../shared/domain/partner'
import { type SessionSummary, sessionTitle } from '../../../../shared/domain/session'
import { useNavigation } from '../../app/navigation'
import { useSlot } from '../../app/slots'
import { DateBadge } from '../../ui/DateBadge'

/** One session in a list: opens it; other features add their badges through the session-row slot. */
export function SessionRow({ session, partner }: { session: SessionSummary; partner: Partner | undefined }) {
  const nav = useNavigation()
  const badges = useSlot('session-row.badges')
  return (
    <li>
      <button
        type="button"
        className="session-row"
        onClick={() => nav.go({ screen: 'session', id: session.id })}
      >
        <DateBadge date={session.date} />
        <span className="session-main">
          <span className={session.title.trim() ? 'session-title' : 'session-title untitled'}>
            {sessionTitle(session)}
          </span>
          <span className="session-meta">
            {partner && (
              <span className="partner">
                {partner.name}
                <span className="direction"> · {partnerDirectionLabels[partner.direction]}</span>
              </span>
            )}
            {session.topics.map((t) => (
              <span key={t} className="chip small">
                {t}
              </span>
            ))}
          </span>
        </span>
        <span className="session-side">
          {session.openActionItems > 0 && (
            <span className="badge">
              {session.openActionItems} open {session.openActionItems === 1 ? 'item' : 'items'}
            </span>
          )}
          {badges.map(({ id, Component }) => (
            <Component key={id} session={session} />
          ))}
          {session.private && <span className="badge subtle">Private</span>}
        </span>
      </button>
    </li>
  )
}
