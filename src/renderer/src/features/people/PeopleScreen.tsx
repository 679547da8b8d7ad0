import { useState } from 'react'
import type { Partner } from '../../../../shared/domain/partner'
import { messageOf } from '../../lib/client'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { usePartnerOverview, usePartners } from '../partners/queries'
import { PartnerCard } from './PartnerCard'
import { PartnerDialog } from './PartnerDialog'

type Editing = { partner: Partner | null } | null

/** Everyone the user mentors or learns from: who, since when, how often, and what is planned next. */
export function PeopleScreen() {
  const partners = usePartners()
  const overview = usePartnerOverview()
  const [editing, setEditing] = useState<Editing>(null)
  const all = partners.data ?? []
  const current = all.filter((p) => !p.archived)
  const archived = all.filter((p) => p.archived)

  const cards = (list: Partner[], headingLevel: 2 | 3) =>
    list.map((partner) => (
      <PartnerCard
        key={partner.id}
        partner={partner}
        overview={overview.data?.get(partner.id)}
        headingLevel={headingLevel}
        onEdit={() => setEditing({ partner })}
      />
    ))

  return (
    <div className="screen people">
      <header className="screen-header">
        <div>
          <h1>People</h1>
          <p className="muted">The people you mentor and learn from.</p>
        </div>
        <button type="button" className="button primary" onClick={() => setEditing({ partner: null })}>
          Add partner
        </button>
      </header>
      {overview.isError && (
        <p className="banner warning" role="alert">
          {`Tandem could not count the sessions: ${messageOf(overview.error)}`}
        </p>
      )}
      {partners.isError ? (
        <LoadError error={partners.error} />
      ) : partners.isPending ? (
        <p className="muted loading">Opening your partners…</p>
      ) : all.length === 0 ? (
        <EmptyState title="No partners yet">
          <p>
            Add the person you meet with. Their sessions, skills and programs will show who they are with.
          </p>
        </EmptyState>
      ) : (
        <>
          {current.length === 0 ? (
            <p className="muted">Every partner is archived. Bring one back below, or add a new one.</p>
          ) : (
            <ul className="people-list" aria-label="Partners">
              {cards(current, 2)}
            </ul>
          )}
          {archived.length > 0 && (
            <section className="people-archived" aria-labelledby="people-archived-title">
              <h2 id="people-archived-title">Archived</h2>
              <p className="muted">
                Not offered when you pick a partner. Their sessions stay in your journal and reports.
              </p>
              <ul className="people-list" aria-label="Archived partners">
                {cards(archived, 3)}
              </ul>
            </section>
          )}
        </>
      )}
      <PartnerDialog
        open={editing !== null}
        partner={editing?.partner ?? null}
        onClose={() => setEditing(null)}
      />
    </div>
  )
}
