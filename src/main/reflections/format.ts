import { z } from 'zod'
import { Reflection } from '../../shared/domain/reflection'
import type { ShardedFormat } from '../store/sharded'

/** Reflections live in reflections/YYYY-MM.json, one file per month, like sessions. */
export const reflectionsFormat: ShardedFormat<Reflection> = {
  current: 1,
  migrations: {},
  schema: z.object({ schemaVersion: z.literal(1), shard: z.string(), items: z.array(Reflection) }),
  keyOf: (reflection) => reflection.date.slice(0, 7),
}
