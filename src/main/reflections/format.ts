import { Reflection } from '../../shared/domain/reflection'
import { type ShardedFormat, shardSchema } from '../store/sharded'

/** Reflections live in reflections/YYYY-MM.json, one file per month, like sessions. */
export const reflectionsFormat: ShardedFormat<Reflection> = {
  current: 1,
  migrations: {},
  schema: shardSchema(Reflection),
  keyOf: (reflection) => reflection.date.slice(0, 7),
}
