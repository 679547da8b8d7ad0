import { addDays, daysBetween } from '../../shared/calendar'
import type { ProgramView, ProgramWeekView, StartedProgram, WeekStatus } from '../../shared/domain/program'

/** Week N (1-based) of a program that started on `startDate`, for the local date `date`; 0 or less before it starts. */
export function programWeekAt(startDate: string, date: string): number {
  return Math.floor(daysBetween(startDate, date) / 7) + 1
}

/** The first and last day of week `week`. */
export function weekRange(startDate: string, week: number): { start: string; end: string } {
  const start = addDays(startDate, (week - 1) * 7)
  return { start, end: addDays(start, 6) }
}

interface SessionLike {
  id: string
  date: string
  partnerId: string | null
}

/** Whether a session counts for the program: same partner, or logged without one. */
function counts(program: StartedProgram, session: SessionLike): boolean {
  return program.partnerId === null || session.partnerId === null || session.partnerId === program.partnerId
}

/** The program as of the local date `today`: each week's dates, status and sessions, and the progress. */
export function viewProgram(program: StartedProgram, today: string, sessions: SessionLike[]): ProgramView {
  const total = program.weeks.length
  const at = programWeekAt(program.startDate, today)
  const currentWeek = at >= 1 && at <= total ? at : null
  const endDate = weekRange(program.startDate, total).end
  // One pass over the journal per program; each week then looks only at the program's own sessions.
  const during = sessions.filter(
    (s) => s.date >= program.startDate && s.date <= endDate && counts(program, s),
  )
  const weeks = program.weeks.map((week): ProgramWeekView => {
    const { start, end } = weekRange(program.startDate, week.week)
    const sessionIds = during.filter((s) => s.date >= start && s.date <= end).map((s) => s.id)
    let status: WeekStatus
    if (week.skipped) status = 'skipped'
    else if (week.markedDone || sessionIds.length > 0) status = 'done'
    else if (week.week === at) status = 'current'
    else if (week.week < at) status = 'missed'
    else status = 'upcoming'
    return { ...week, start, end, status, sessionIds }
  })
  const done = weeks.filter((w) => w.status === 'done').length
  const skipped = weeks.filter((w) => w.status === 'skipped').length
  return {
    id: program.id,
    templateId: program.templateId,
    name: program.name,
    summary: program.summary,
    partnerId: program.partnerId,
    startDate: program.startDate,
    endDate,
    currentWeek,
    finished: at > total,
    weeks,
    progress: { done, skipped, total },
  }
}
