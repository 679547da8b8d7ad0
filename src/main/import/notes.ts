import type { ImportMapping } from '../../shared/contract/import'
import { type SourceRead, STARRED_TOPIC } from './entries'

/** What the mapping does that the user should know before importing, in words for the preview. */
export function mappingNotes(read: SourceRead, mapping: ImportMapping): string[] {
  const out: string[] = []
  if (mapping.as === 'reflections') {
    if (read.entries.some((e) => e.tags.length > 0))
      out.push('Tags are not kept on reflections: import as sessions to keep them as topics.')
    if (read.entries.some((e) => (e.actionItems?.length ?? 0) > 0))
      out.push('Action items are not kept on reflections.')
  } else if (!mapping.tagsAsTopics && read.entries.some((e) => e.tags.length > 0)) {
    out.push('Tags are left out: tick "Tags become topics" to keep them.')
  }
  if (read.entries.some((e) => e.tags.length > 30) && mapping.as === 'sessions' && mapping.tagsAsTopics)
    out.push('A session keeps at most 30 topics: entries with more keep their first 30.')
  return out
}

/** What happens to the stars of the `starred` entries that will be written (Day One and jrnl star entries). */
export function starNote(starred: number, mapping: ImportMapping): string | null {
  if (starred === 0) return null
  if (mapping.as === 'sessions' && mapping.tagsAsTopics)
    return `${starred === 1 ? 'The starred entry gets' : `The ${starred} starred entries get`} the topic "${STARRED_TOPIC}".`
  return mapping.as === 'sessions'
    ? `Stars are left out: tick "Tags become topics" to keep them as the topic "${STARRED_TOPIC}".`
    : 'Stars are left out of reflections.'
}
