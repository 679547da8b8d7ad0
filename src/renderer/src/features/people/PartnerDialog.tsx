import { useId, useState } from 'react'
import type { Partner, PartnerDirection } from '../../../../shared/domain/partner'
import { type Problem, problemOf } from '../../lib/client'
import { DirectionField } from '../../ui/DirectionField'
import { FieldError } from '../../ui/FieldError'
import { FormDialog } from '../../ui/FormDialog'
import { useCreatePartnerMutation, useUpdatePartnerMutation } from '../partners/mutations'

/** Adds a partner (`partner` null) or changes one's name and who mentors whom ("Edit"). */
export function PartnerDialog({
  open,
  partner,
  onClose,
}: {
  open: boolean
  partner: Partner | null
  onClose(): void
}) {
  const create = useCreatePartnerMutation()
  const update = useUpdatePartnerMutation()
  const [name, setName] = useState('')
  const [direction, setDirection] = useState<PartnerDirection>('they-mentor-me')
  const [problem, setProblem] = useState<Problem | null>(null)
  const id = useId()
  const nameError = problem?.field === 'name' ? problem.message : undefined

  async function submit() {
    setProblem(null)
    try {
      if (partner) await update.mutateAsync({ id: partner.id, name, direction })
      else await create.mutateAsync({ name, direction })
      onClose()
    } catch (e) {
      setProblem(problemOf(e))
    }
  }

  return (
    <FormDialog
      open={open}
      title={partner ? `Edit ${partner.name}` : 'Add a partner'}
      submitLabel={partner ? 'Save' : 'Add partner'}
      pending={create.isPending || update.isPending}
      error={problem && problem.field !== 'name' ? problem.message : null}
      onOpen={() => {
        setName(partner?.name ?? '')
        setDirection(partner?.direction ?? 'they-mentor-me')
        setProblem(null)
      }}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={nameError !== undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
        />
        <FieldError message={nameError} id={`${id}-name-error`} />
      </div>
      <DirectionField id={`${id}-direction`} value={direction} onChange={setDirection} />
    </FormDialog>
  )
}
