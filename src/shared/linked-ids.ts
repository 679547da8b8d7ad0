import { TandemError } from './errors'

/** Each id once, in the order first given (a picker may send one twice). */
export function uniqueIds(ids: readonly string[]): string[] {
  return Array.from(new Set(ids))
}

/**
 * Checks that every linked id still names a record; the first that does not is reported at its own
 * field (`goalIds.2`), so the form shows the message beside that link. `what` is the plural noun.
 */
export function assertLinked(
  ids: readonly string[],
  exists: (id: string) => boolean,
  what: string,
  field: string,
): void {
  ids.forEach((id, index) => {
    if (!exists(id)) {
      throw new TandemError(
        'invalid-input',
        `One of the linked ${what} no longer exists.`,
        `${field}.${index}`,
      )
    }
  })
}

/** The list without `id`, or null when it did not hold it (so callers skip a needless save). */
export function withoutId(ids: readonly string[], id: string): string[] | null {
  return ids.includes(id) ? ids.filter((other) => other !== id) : null
}

/** The list with `id` added at the end, or null when it already holds it. */
export function withAddedId(ids: readonly string[], id: string): string[] | null {
  return ids.includes(id) ? null : [...ids, id]
}
