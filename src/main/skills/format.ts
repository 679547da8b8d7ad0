import { z } from 'zod'
import { PracticeEntry, Skill } from '../../shared/domain/skill'
import type { DocumentFormat } from '../store/document'
import { type ShardedFormat, shardSchema } from '../store/sharded'

const SkillsDoc = z.object({ schemaVersion: z.literal(1), skills: z.array(Skill) })
export type SkillsDoc = z.infer<typeof SkillsDoc>

/** skills.json holds the skills without their practice logs, so saving a skill stays small. */
export const skillsFormat: DocumentFormat<SkillsDoc> = {
  current: 1,
  migrations: {},
  schema: SkillsDoc,
  empty: () => ({ schemaVersion: 1, skills: [] }),
}

/**
 * Practice entries live in practice/YYYY-MM.json by the month of the practice date, each carrying
 * its skillId: logging practice rewrites one month's file however long the logs grow.
 */
export const practiceFormat: ShardedFormat<PracticeEntry> = {
  current: 1,
  migrations: {},
  schema: shardSchema(PracticeEntry),
  keyOf: (entry) => entry.date.slice(0, 7),
}
