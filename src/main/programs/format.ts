import { z } from 'zod'
import { StartedProgram } from '../../shared/domain/program'
import type { DocumentFormat } from '../store/document'

const ProgramsDoc = z.object({ schemaVersion: z.literal(1), programs: z.array(StartedProgram) })
type ProgramsDoc = z.infer<typeof ProgramsDoc>

export const programsFormat: DocumentFormat<ProgramsDoc> = {
  current: 1,
  migrations: {},
  schema: ProgramsDoc,
  empty: () => ({ schemaVersion: 1, programs: [] }),
}
