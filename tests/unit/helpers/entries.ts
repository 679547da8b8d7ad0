import { z } from 'zod'
import { Journal } from '../../../src/main/store/journal'
import type { ShardedFormat } from '../../../src/main/store/sharded'

/** A small sharded collection for store tests: entries kept by month of their date. */
export const Entry = z.object({ id: z.string(), date: z.string(), text: z.string() })
export type Entry = z.infer<typeof Entry>

export function entryFormat<S extends z.ZodType<{ id: string; date: string }>>(
  entry: S,
): ShardedFormat<z.infer<S>> {
  return {
    current: 1,
    migrations: {},
    schema: z.object({ schemaVersion: z.literal(1), shard: z.string(), items: z.array(entry) }),
    keyOf: (e) => e.date.slice(0, 7),
  }
}

/** The journal at `dir` with its `entries/` collection. */
export async function openEntries<S extends z.ZodType<{ id: string; date: string }>>(
  dir: string,
  entry: S,
  fs?: Parameters<typeof Journal.open>[1],
) {
  const journal = await Journal.open(dir, fs)
  return { journal, entries: await journal.sharded('entries', entryFormat(entry)) }
}
