import { z } from 'zod'
import { Goal } from '../../shared/domain/goal'
import type { DocumentFormat } from '../store/document'

const GoalsDoc = z.object({ schemaVersion: z.literal(1), goals: z.array(Goal) })
type GoalsDoc = z.infer<typeof GoalsDoc>

/** All goals in one document: people keep a handful, so one small file is the right size. */
export const goalsFormat: DocumentFormat<GoalsDoc> = {
  current: 1,
  migrations: {},
  schema: GoalsDoc,
  empty: () => ({ schemaVersion: 1, goals: [] }),
}
