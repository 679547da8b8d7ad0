import type { ImportSkip } from '../../shared/contract/import'
import { isRealCalendarDate } from '../../shared/domain/common'
import type { Stars } from '../../shared/domain/ledger-lines'
import { dayIn as dayOfZone } from '../../shared/locale-words'

/** An action item as a Tandem Markdown file keeps it in its front matter. */
export interface SourceActionItem {
  text: string
  done: boolean
  due: string | null
}

/**
 * One entry read from another journal, before any mapping: what every reader produces. The fields
 * after `starred` come only from Tandem's own Markdown files, which keep a session's parts apart.
 */
export interface SourceEntry {
  /** Where it was in the source, for the user: "entry 12", "sessions/2024-03-01-miro.md". */
  where: string
  /** The source's own id (Day One's uuid, a Tandem session's id); null when it has none. */
  sourceId: string | null
  /** The day it was written, in the source's own time zone. */
  date: string
  title: string | null
  body: string
  tags: string[]
  starred: boolean
  partner?: string | null
  learned?: string
  shared?: string
  actionItems?: SourceActionItem[]
  durationMinutes?: number | null
  private?: boolean
  /** The ledger lines starred in Tandem, from its own Markdown files. */
  starredLines?: Stars
}

/** What a reader found: the entries it could read and the ones it could not, with why. */
export interface SourceRead {
  entries: SourceEntry[]
  skipped: ImportSkip[]
  attachmentsIgnored: number
  /** True when entries name their partner (Tandem's Markdown export). */
  namesPartners: boolean
}

export const emptyRead = (): SourceRead => ({
  entries: [],
  skipped: [],
  attachmentsIgnored: 0,
  namesPartners: false,
})

/** A tag as a topic: jrnl's "@work" is "work"; blank and over-long ones are dropped. */
export function tagToTopic(tag: unknown): string | null {
  if (typeof tag !== 'string') return null
  const topic = tag
    .trim()
    .replace(/^[@#]+/, '')
    .trim()
  return topic === '' || topic.length > 60 ? null : topic
}

export function topicsOf(tags: unknown): string[] {
  if (!Array.isArray(tags)) return []
  const seen = new Set<string>()
  const topics: string[] = []
  for (const tag of tags) {
    const topic = tagToTopic(tag)
    if (topic === null || seen.has(topic.toLocaleLowerCase())) continue
    seen.add(topic.toLocaleLowerCase())
    topics.push(topic)
  }
  return topics
}

export const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealCalendarDate(value)

/**
 * The calendar day a moment fell on in `timeZone` (the writer's own, as the source recorded it), so an
 * entry written at 23:30 in New York stays on its day. An unknown zone falls back to UTC.
 */
export function dayIn(moment: Date, timeZone: string | null): string {
  try {
    return dayOfZone(moment, timeZone ?? 'UTC')
  } catch {
    return dayOfZone(moment, 'UTC')
  }
}

/** A plain message for a source that is not what the user said it was. */
export function notA(what: string, expected: string): string {
  return `This is not ${what}: Tandem expected ${expected}. Nothing was imported.`
}

/** A star from the source journal, kept where a Tandem user can find it: a topic of the session. */
export const STARRED_TOPIC = 'Starred'

/** An entry's tags as a session's topics (at most 30), its star as the topic "Starred". */
export function sessionTopicsOf(entry: SourceEntry): string[] {
  const topics = entry.tags.slice(0, 30)
  const has = topics.some((t) => t.toLowerCase() === STARRED_TOPIC.toLowerCase())
  if (!entry.starred || has) return topics
  return [...topics.slice(0, 29), STARRED_TOPIC]
}
