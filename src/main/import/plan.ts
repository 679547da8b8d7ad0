import { createHash, randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { ImportDuplicate, ImportMapping, ImportSkip } from '../../shared/contract/import'
import { keepStars, noStars } from '../../shared/domain/ledger-lines'
import type { Partner } from '../../shared/domain/partner'
import { Reflection } from '../../shared/domain/reflection'
import { Session } from '../../shared/domain/session'
import { TandemError } from '../../shared/errors'
import { type SourceEntry, type SourceRead, sessionTopicsOf } from './entries'
import { mappingNotes, starNote } from './notes'

/** What the journal already holds, as the plan needs it. */
export interface JournalView {
  partners: Array<Pick<Partner, 'id' | 'name'>>
  /** "date|title" (title lower-cased) of every session, and of every reflection by its first line. */
  sessionKeys: Set<string>
  reflectionKeys: Set<string>
  sessionIds: Set<string>
  /** Digests (sourceKey) of the source ids finished earlier imports wrote, not undone since. */
  importedSourceIds: Set<string>
}

/** Everything one import would write: records made whole (ids included) so a ledger can name them first. */
export interface ImportPlan {
  sessions: Session[]
  reflections: Reflection[]
  partners: Partner[]
  sourceIds: string[]
  skipped: ImportSkip[]
  duplicates: ImportDuplicate[]
  notes: string[]
}

const TITLE_MAX = 200
const LIMITS = { notes: 200_000, ledger: 50_000, answer: 50_000 }

/** How the ledger keeps a source id: a fixed-length digest, whatever the source's ids look like (a jrnl title). */
export const sourceKey = (sourceId: string) => createHash('sha256').update(sourceId).digest('hex')

export const keyOf = (date: string, title: string) => `${date}|${title.trim().toLocaleLowerCase()}`

/** A reflection's first line, as a title to compare by. */
export function firstLineOf(text: string): string {
  return cleanLine(text.trim().split('\n')[0] ?? '')
}

/** A line of Markdown as a title: no heading marks, list marks or emphasis around it. */
function cleanLine(line: string): string {
  return line
    .replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|>\s*)/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .trim()
}

/** The title an entry gets: its own, or its first line (taken off the text when it fits a title). */
export function titleOf(entry: SourceEntry): { title: string; body: string } {
  if (entry.title !== null && entry.title !== '') return { title: clip(entry.title), body: entry.body }
  const [first = '', ...rest] = entry.body.split('\n')
  const line = cleanLine(first)
  if (line.length <= TITLE_MAX) return { title: line, body: rest.join('\n').trim() }
  return { title: clip(line), body: entry.body }
}

function clip(text: string): string {
  if (text.length <= TITLE_MAX) return text
  const cut = text.slice(0, TITLE_MAX - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > TITLE_MAX / 2 ? cut.slice(0, space) : cut}…`
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()
}

/** Finds or makes the partners the mapping asks for; answers who each entry's sessions are with. */
function partnersFor(
  read: SourceRead,
  mapping: ImportMapping,
  journal: JournalView,
  now: string,
): { made: Partner[]; of: (entry: SourceEntry) => string | null; notes: string[] } {
  const made: Partner[] = []
  const notes: string[] = []
  const find = (name: string) =>
    journal.partners.find((p) => sameName(p.name, name)) ?? made.find((p) => sameName(p.name, name))
  const make = (name: string): string => {
    const known = find(name)
    if (known) return known.id
    const partner: Partner = {
      id: randomUUID(),
      name: name.trim().slice(0, 120),
      direction: 'both-ways',
      archived: false,
      nextSessionOn: null,
      createdAt: now,
      updatedAt: now,
    }
    made.push(partner)
    return partner.id
  }
  if (mapping.as === 'reflections') return { made, of: () => null, notes }
  const choice = mapping.partner
  if (choice.kind === 'existing') {
    if (!journal.partners.some((p) => p.id === choice.id)) {
      throw new TandemError(
        'invalid-input',
        'That partner is not in your journal any more. Pick another one.',
        'partner',
      )
    }
    return { made, of: () => choice.id, notes }
  }
  if (choice.kind === 'new') {
    const known = journal.partners.find((p) => sameName(p.name, choice.name))
    if (known) notes.push(`${known.name} is already one of your partners: the sessions go with them.`)
    const id = make(choice.name)
    return { made, of: () => id, notes }
  }
  if (choice.kind === 'none') return { made, of: () => null, notes }
  // as-written: the partner each file names, matched by name; names the journal lacks are added.
  const ids = new Map<string, string>()
  for (const entry of read.entries) {
    const name = entry.partner
    if (name && !ids.has(name.toLocaleLowerCase())) ids.set(name.toLocaleLowerCase(), make(name))
  }
  return {
    made,
    of: (entry) => (entry.partner ? (ids.get(entry.partner.toLocaleLowerCase()) ?? null) : null),
    notes,
  }
}

function duplicateOf(
  entry: SourceEntry,
  title: string,
  mapping: ImportMapping,
  journal: JournalView,
): ImportDuplicate['why'] | null {
  if (entry.sourceId !== null) {
    if (journal.importedSourceIds.has(sourceKey(entry.sourceId))) return 'imported-before'
    if (entry.sourceId.startsWith('tandem:') && journal.sessionIds.has(entry.sourceId.slice(7)))
      return 'imported-before'
  }
  const keys = mapping.as === 'sessions' ? journal.sessionKeys : journal.reflectionKeys
  return title !== '' && keys.has(keyOf(entry.date, title)) ? 'same-date-and-title' : null
}

/** A reflection's text from an entry: its title in bold above it, and a Tandem session's parts in order. */
function answerOf(entry: SourceEntry, title: string, body: string): string {
  // Without a title of its own the entry's text is the answer as written, first line included.
  const parts = [
    entry.title ? `**${title}**` : '',
    entry.learned ? `**What I learned**\n\n${entry.learned}` : '',
    entry.shared ? `**What I shared**\n\n${entry.shared}` : '',
    entry.title ? body : entry.body,
  ]
  return parts.filter((part) => part.trim() !== '').join('\n\n')
}

/** Works out, without writing anything, what importing `read` with `mapping` would write and leave out. */
export function planImport(
  read: SourceRead,
  mapping: ImportMapping,
  journal: JournalView,
  now: string,
): ImportPlan {
  const { made, of, notes } = partnersFor(read, mapping, journal, now)
  const plan: ImportPlan = {
    sessions: [],
    reflections: [],
    partners: made,
    sourceIds: [],
    skipped: [...read.skipped],
    duplicates: [],
    notes,
  }
  notes.push(...mappingNotes(read, mapping))
  const seenInFile = new Set<string>()
  let starred = 0
  for (const entry of read.entries) {
    const { title, body } = titleOf(entry)
    const why = duplicateOf(entry, title, mapping, journal)
    if (why !== null) {
      plan.duplicates.push({ where: entry.where, date: entry.date, title: title || 'Untitled', why })
      if (mapping.duplicates === 'skip') continue
    }
    if (entry.sourceId !== null) {
      // The same entry twice in one file (a Day One ZIP holding a journal twice) is written once.
      if (seenInFile.has(entry.sourceId)) {
        plan.skipped.push({ where: entry.where, reason: 'The same entry appears earlier in this file.' })
        continue
      }
      seenInFile.add(entry.sourceId)
    }
    const problem =
      mapping.as === 'sessions'
        ? addSession(plan, entry, title, body, mapping, of(entry), now)
        : addReflection(plan, entry, title, body, now)
    if (problem !== null) {
      plan.skipped.push({ where: entry.where, reason: problem })
      continue
    }
    if (entry.sourceId !== null) plan.sourceIds.push(sourceKey(entry.sourceId))
    if (entry.starred) starred++
  }
  const stars = starNote(starred, mapping)
  if (stars !== null) notes.push(stars)
  return plan
}

function tooLong(label: string, text: string, max: number): string | null {
  return text.length > max
    ? `${label} is longer than Tandem keeps (${text.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')}).`
    : null
}

function addSession(
  plan: ImportPlan,
  entry: SourceEntry,
  title: string,
  body: string,
  mapping: ImportMapping,
  partnerId: string | null,
  now: string,
): string | null {
  const learned = entry.learned ?? ''
  const shared = entry.shared ?? ''
  const problem =
    tooLong('Its text', body, LIMITS.notes) ??
    tooLong('What it says was learned', learned, LIMITS.ledger) ??
    tooLong('What it says was shared', shared, LIMITS.ledger)
  if (problem) return problem
  const items = (entry.actionItems ?? []).slice(0, 200).map((item) => ({
    id: randomUUID(),
    text: item.text.slice(0, 500),
    done: item.done,
    due: item.due,
    doneAt: item.done ? now : null,
  }))
  const session = {
    id: randomUUID(),
    date: entry.date,
    partnerId,
    title,
    topics: mapping.tagsAsTopics ? sessionTopicsOf(entry) : [],
    notes: body,
    learned,
    shared,
    actionItems: items,
    durationMinutes:
      entry.durationMinutes != null && entry.durationMinutes >= 0 && entry.durationMinutes <= 24 * 60
        ? entry.durationMinutes
        : null,
    private: entry.private === true,
    starred: keepStars(entry.starredLines ?? noStars(), { learned, shared }),
    createdAt: now,
    updatedAt: now,
  }
  return keep(Session, session, 'a session', plan.sessions)
}

function addReflection(
  plan: ImportPlan,
  entry: SourceEntry,
  title: string,
  body: string,
  now: string,
): string | null {
  const answer = answerOf(entry, title, body)
  if (answer.trim() === '') return 'It has no text.'
  const problem = tooLong('Its text', answer, LIMITS.answer)
  if (problem) return problem
  const reflection = {
    id: randomUUID(),
    date: entry.date,
    prompt: null,
    answer,
    confidence: null,
    sessionId: null,
    goalIds: [],
    skillIds: [],
    private: entry.private === true,
    createdAt: now,
    updatedAt: now,
  }
  return keep(Reflection, reflection, 'a reflection', plan.reflections)
}

/** Adds `record` to `into` once its domain schema accepts it; otherwise answers why, in words. */
function keep<T>(schema: z.ZodType<T>, record: unknown, what: string, into: T[]): string | null {
  const checked = schema.safeParse(record)
  if (!checked.success)
    return `Tandem cannot keep it as ${what} (${checked.error.issues[0]?.message ?? 'it does not fit'}).`
  into.push(checked.data)
  return null
}
