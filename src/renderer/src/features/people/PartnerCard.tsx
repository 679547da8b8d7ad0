import { useId, useState } from 'react'
import { type Partner, type PartnerOverview, partnerDirectionLabels } from '../../../../shared/domain/partner'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { formatShortDate } from '../../lib/dates'
import { countOf } from '../../lib/numbers'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { useDeletePartnerMutation, useUpdatePartnerMutation } from '../partners/mutations'
import { useDeletedNotice } from '../trash/mutations'

/** One partner on the People screen: the facts, the next session, and what can be done with them. */
export function PartnerCard({
  partner,
  overview,
  headingLevel,
  onEdit,
}: {
  partner: Partner
  overview: PartnerOverview | undefined
  /** 2 in the main list, 3 under the "Archived" heading. */
  headingLevel: 2 | 3
  onEdit(): void
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const update = useUpdatePartnerMutation()
  const remove = useDeletePartnerMutation()
  const deletedNotice = useDeletedNotice()
  const [problem, setProblem] = useState<string | null>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const id = useId()
  const nav = useNavigation()
  const { name } = partner
  const count = overview?.sessionCount ?? 0

  async function change(changes: Pick<Partial<Partner>, 'archived' | 'nextSessionOn'>, what: string) {
    setProblem(null)
    try {
      await update.mutateAsync({
        id: partner.id,
        name: partner.name,
        direction: partner.direction,
        ...changes,
      })
    } catch (e) {
      setProblem(`${what} was not saved: ${messageOf(e)}`)
    }
  }

  async function deletePartner() {
    setConfirmDelete(false)
    setProblem(null)
    try {
      const deleted = await remove.mutateAsync(partner.id)
      deletedNotice('Partner deleted.', deleted)
    } catch (e) {
      setProblem(`${name} was not deleted: ${messageOf(e)}`)
    }
  }

  return (
    <li className="card partner-card" aria-labelledby={`${id}-name`}>
      <div className="partner-head">
        <Heading id={`${id}-name`} className="partner-name">
          <button
            type="button"
            className="link-button partner-open"
            onClick={() => nav.go({ screen: 'partner', id: partner.id })}
          >
            {name}
          </button>
        </Heading>
        <span className="badge subtle">{partnerDirectionLabels[partner.direction]}</span>
      </div>
      <dl className="partner-facts">
        <div>
          <dt>First met</dt>
          <dd>{overview?.firstSessionOn ? formatShortDate(overview.firstSessionOn) : 'No session yet'}</dd>
        </div>
        <div>
          <dt>Sessions held</dt>
          <dd>{overview ? countOf(count, 'session', 'sessions') : '…'}</dd>
        </div>
        <div>
          <dt>Last session</dt>
          <dd>{overview?.lastSessionOn ? formatShortDate(overview.lastSessionOn) : 'None yet'}</dd>
        </div>
        <div>
          <dt>Next planned session</dt>
          <dd>{partner.nextSessionOn ? formatShortDate(partner.nextSessionOn) : 'None planned'}</dd>
        </div>
      </dl>
      <div className="partner-next">
        <div className="field">
          <label htmlFor={`${id}-next`}>Plan the next session</label>
          <input
            id={`${id}-next`}
            type="date"
            value={partner.nextSessionOn ?? ''}
            onChange={(e) =>
              void change({ nextSessionOn: e.target.value === '' ? null : e.target.value }, 'The date')
            }
          />
        </div>
        {partner.nextSessionOn && (
          <button
            type="button"
            className="button ghost"
            aria-label={`Clear the next session with ${name}`}
            onClick={() => void change({ nextSessionOn: null }, 'The date')}
          >
            Clear
          </button>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="row partner-actions">
        <button
          type="button"
          className="button"
          aria-label={`Open ${name}'s page`}
          onClick={() => nav.go({ screen: 'partner', id: partner.id })}
        >
          Open
        </button>
        <button type="button" className="button" aria-label={`Edit ${name}`} onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="button"
          aria-label={partner.archived ? `Bring back ${name}` : `Archive ${name}`}
          disabled={update.isPending}
          onClick={() =>
            void change(
              { archived: !partner.archived },
              partner.archived ? `Bringing ${name} back` : `Archiving ${name}`,
            )
          }
        >
          {partner.archived ? 'Bring back' : 'Archive'}
        </button>
        <button
          type="button"
          className="button danger-ghost"
          aria-label={`Delete ${name}`}
          disabled={remove.isPending}
          onClick={() => setConfirmDelete(true)}
        >
          Delete
        </button>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete ${name}?`}
        message={
          count === 0
            ? `${name} goes to the trash for 30 days.`
            : `${name} goes to the trash for 30 days. Their ${countOf(count, 'session', 'sessions')} stay in your journal without a partner until you bring ${name} back.`
        }
        confirmLabel="Delete partner"
        onConfirm={() => void deletePartner()}
        onCancel={() => setConfirmDelete(false)}
      />
    </li>
  )
}
