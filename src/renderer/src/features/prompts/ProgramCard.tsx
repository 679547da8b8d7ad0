import { useState } from 'react'
import type { ProgramView, ProgramWeekView, WeekStatus } from '../../../../shared/domain/program'
import { messageOf } from '../../lib/client'
import { formatShortDate } from '../../lib/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { useDeletedNotice } from '../trash/mutations'
import { useDeleteProgramMutation, useSetWeekFlagMutation } from './mutations'
import { ProgressBar, ThisWeek } from './ThisWeek'
import { WeekEditor } from './WeekEditor'

const statusLabels: Record<WeekStatus, string> = {
  done: 'Done',
  skipped: 'Skipped',
  current: 'This week',
  missed: 'No session',
  upcoming: 'Upcoming',
}

/** A started program: progress, this week's agenda and prompts, and every week with its status. */
export function ProgramCard({ program, partnerName }: { program: ProgramView; partnerName: string | null }) {
  const [confirmStop, setConfirmStop] = useState(false)
  const remove = useDeleteProgramMutation()
  const deletedNotice = useDeletedNotice()
  const current = program.weeks.find((w) => w.week === program.currentWeek)
  const titleId = `program-${program.id}`

  return (
    <section className="card program-card" aria-labelledby={titleId}>
      <div className="card-header">
        <div>
          <h2 id={titleId}>{program.name}</h2>
          <p className="muted">
            {partnerName ? `With ${partnerName} · ` : ''}
            {formatShortDate(program.startDate)} – {formatShortDate(program.endDate)}
          </p>
        </div>
        <button type="button" className="button danger-ghost small" onClick={() => setConfirmStop(true)}>
          Stop program
        </button>
      </div>
      <ProgressBar {...program.progress} />
      {current ? (
        <div className="current-week">
          <h3>
            Week {current.week} of {program.weeks.length}: {current.theme}
          </h3>
          <ThisWeek week={current} />
        </div>
      ) : (
        <p className="muted">
          {program.finished
            ? 'This program is over. Well done for seeing it through.'
            : `Week 1 starts on ${formatShortDate(program.startDate)}.`}
        </p>
      )}
      <h3 className="weeks-title">All weeks</h3>
      <ol className="program-weeks">
        {program.weeks.map((week) => (
          <WeekRow key={week.week} programId={program.id} week={week} />
        ))}
      </ol>
      {remove.isError && <p className="field-error">{messageOf(remove.error)}</p>}
      <ConfirmDialog
        open={confirmStop}
        title="Stop this program?"
        message="The program and your edits to its weeks will be removed. Your sessions and reflections stay."
        confirmLabel="Stop program"
        onConfirm={() => {
          setConfirmStop(false)
          // mutateAsync, not mutate's callbacks: this card is gone from the list once the delete lands.
          remove.mutateAsync(program.id).then(
            (deleted) => deletedNotice('Program stopped.', deleted),
            () => undefined, // shown under the card from remove.error
          )
        }}
        onCancel={() => setConfirmStop(false)}
      />
    </section>
  )
}

function WeekRow({ programId, week }: { programId: string; week: ProgramWeekView }) {
  const [editing, setEditing] = useState(false)
  const [open, setOpen] = useState(false)
  const setFlag = useSetWeekFlagMutation()
  const toggle = (flag: 'done' | 'skipped', value: boolean) =>
    setFlag.mutate({ flag, programId, week: week.week, value })
  const loggedDone = week.sessionIds.length > 0

  return (
    <li
      className={`week-row ${week.status}`}
      aria-label={`Week ${week.week}: ${week.theme}, ${statusLabels[week.status]}`}
    >
      <div className="week-line">
        <span className="week-number" aria-hidden="true">
          {week.status === 'done' ? '✓' : week.week}
        </span>
        <button
          type="button"
          className="link-button week-theme"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          Week {week.week}: {week.theme}
        </button>
        <span className={`badge week-status ${week.status}`}>{statusLabels[week.status]}</span>
        <span className="row week-actions">
          {!loggedDone && week.status !== 'skipped' && (
            <button
              type="button"
              className="button ghost small"
              aria-pressed={week.markedDone}
              onClick={() => toggle('done', !week.markedDone)}
            >
              {week.markedDone ? 'Not done' : 'Mark done'}
            </button>
          )}
          {!loggedDone && (
            <button
              type="button"
              className="button ghost small"
              aria-pressed={week.skipped}
              onClick={() => toggle('skipped', !week.skipped)}
            >
              {week.skipped ? 'Unskip' : 'Skip'}
            </button>
          )}
          <button type="button" className="button ghost small" onClick={() => setEditing(!editing)}>
            Edit
          </button>
        </span>
      </div>
      {loggedDone && (
        <p className="hint week-note">
          {week.sessionIds.length === 1 ? 'A session was' : `${week.sessionIds.length} sessions were`} logged
          this week.
        </p>
      )}
      {setFlag.isError && <p className="field-error">{messageOf(setFlag.error)}</p>}
      {editing && <WeekEditor programId={programId} week={week} onDone={() => setEditing(false)} />}
      {open && !editing && <ThisWeek week={week} />}
    </li>
  )
}
