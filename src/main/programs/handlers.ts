import type { HandlersOf } from '../router'
import type { ProgramsService } from './service'

export function programsHandlers(programs: ProgramsService): HandlersOf<'programs'> {
  return {
    'programs:templates': () => programs.templates(),
    'programs:list': () => programs.list(),
    'programs:start': (input) => programs.start(input),
    'programs:edit-week': (input) => programs.editWeek(input),
    'programs:set-week-skipped': ({ programId, week, value }) =>
      programs.setWeekSkipped(programId, week, value),
    'programs:set-week-done': ({ programId, week, value }) => programs.setWeekDone(programId, week, value),
    'programs:delete': ({ programId }) => programs.remove(programId),
  }
}
