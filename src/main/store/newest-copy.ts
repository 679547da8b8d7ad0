/**
 * Of two copies of one item found in a sharded folder without a move marker (restored from a backup,
 * or written by a sync tool), the one saved last wins: items carry ISO 8601 UTC stamps, which compare as
 * strings. A copy without stamps, or a tie, keeps the copy found first (shards are read in key order),
 * so every open of the same folder picks the same one.
 */
export function newestCopy<C extends { item: unknown }>(held: C, found: C): C {
  const a = stampOf(held.item)
  const b = stampOf(found.item)
  return b > a ? found : held
}

function stampOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) return ''
  const { updatedAt, createdAt } = item as { updatedAt?: unknown; createdAt?: unknown }
  if (typeof updatedAt === 'string') return updatedAt
  if (typeof createdAt === 'string') return createdAt
  return ''
}
