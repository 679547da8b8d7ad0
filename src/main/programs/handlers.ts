import type { HandlersOf } from '../router'
import type { TrashService } from '../trash/service'
import type { ProgramsService } from './service'

/** Deletes go through the trash, which keeps the program for Undo. */
export function programsHandlers(
  programs: ProgramsService,
  trash: Pick<TrashService, 'discard'>,
): HandlersOf<'programs'> {
  return {
    'programs:templates': () => programs.templates(),
    'programs:list': () => programs.list(),
    'programs:start': (input) => programs.start(input),
    'programs:edit-week': (input) => programs.editWeek(input),
    'programs:set-week-skipped': ({ programId, week, value }) =>
      programs.setWeekSkipped(programId, week, value),
    'programs:set-week-done': ({ programId, week, value }) => programs.setWeekDone(programId, week, value),
    'programs:delete': ({ programId }) => trash.discard('program', programId),
  }
}
