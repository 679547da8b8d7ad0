import { z } from 'zod'
import { Id } from '../domain/common'
import {
  EditProgramWeek,
  type ProgramTemplateSummary,
  type ProgramView,
  SetProgramWeekFlag,
  StartProgram,
} from '../domain/program'
import type { Deleted } from '../domain/trash'
import { channel } from './channel'

export const programsChannels = {
  'programs:templates': channel(z.undefined()).returns<ProgramTemplateSummary[]>(),
  'programs:list': channel(z.undefined()).returns<ProgramView[]>(),
  'programs:start': channel(StartProgram).returns<ProgramView>(),
  'programs:edit-week': channel(EditProgramWeek).returns<ProgramView>(),
  'programs:set-week-skipped': channel(SetProgramWeekFlag).returns<ProgramView>(),
  'programs:set-week-done': channel(SetProgramWeekFlag).returns<ProgramView>(),
  'programs:delete': channel(z.object({ programId: Id })).returns<Deleted>(),
}
