import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { z } from 'zod'
import { goalsFormat } from '../../src/main/goals/format'
import { partnersFormat } from '../../src/main/partners/format'
import { reflectionsFormat } from '../../src/main/reflections/format'
import { sessionsFormat } from '../../src/main/sessions/format'
import { practiceFormat, skillsFormat } from '../../src/main/skills/format'
import { serializeDocument } from '../../src/main/store/document'
import { Goal } from '../../src/shared/domain/goal'
import { Partner } from '../../src/shared/domain/partner'
import { Reflection } from '../../src/shared/domain/reflection'
import { Session } from '../../src/shared/domain/session'
import { PracticeEntry, Skill } from '../../src/shared/domain/skill'

/** Records a spec wants in its journal, made with the generator's builders (tests/bench/records.ts). */
export interface JournalSeed {
  partners?: Partner[]
  sessions?: Session[]
  goals?: Goal[]
  skills?: Skill[]
  practice?: PracticeEntry[]
  reflections?: Reflection[]
}

/** Every record parsed by its real schema; a bad one stops the spec here, saying which and why. */
function checked<T>(kind: string, schema: z.ZodType<T>, records: readonly unknown[]): T[] {
  return records.map((record, index) => {
    const parsed = schema.safeParse(record)
    if (parsed.success) return parsed.data
    const label = labelOf(record)
    const issues = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
      .join('; ')
    throw new Error(`Seed data is not valid: ${kind}[${index}]${label} — ${issues}`)
  })
}

function labelOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return ''
  const { title, name } = record as { title?: unknown; name?: unknown }
  const text = typeof title === 'string' ? title : typeof name === 'string' ? name : undefined
  return text === undefined ? '' : ` ("${text}")`
}

/** A link to a record the seed does not hold would be dropped or hidden by the app: say so instead. */
function checkLinks(kind: string, ids: Iterable<string>, to: string, known: ReadonlySet<string>): void {
  for (const id of ids) {
    if (!known.has(id))
      throw new Error(`Seed data is not valid: a ${kind} links to ${to} ${id}, which is not in the seed.`)
  }
}

/** Items by the month of their date, oldest first, as the store keeps its shards. */
function byMonth<T extends { date: string }>(items: readonly T[]): Map<string, T[]> {
  const shards = new Map<string, T[]>()
  for (const item of [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const month = item.date.slice(0, 7)
    shards.set(month, [...(shards.get(month) ?? []), item])
  }
  return shards
}

/**
 * Writes the seed into a journal folder in the store's own layout and bytes (documents of schema
 * version 1, monthly shards), after every record passed its schema and every link points at a record
 * of the seed. Tandem must be (re)started on the folder afterwards to read it.
 */
export async function seedJournal(dataDir: string, seed: JournalSeed): Promise<void> {
  const partners = checked('partners', Partner, seed.partners ?? [])
  const sessions = checked('sessions', Session, seed.sessions ?? [])
  const goals = checked('goals', Goal, seed.goals ?? [])
  const skills = checked('skills', Skill, seed.skills ?? [])
  const practice = checked('practice', PracticeEntry, seed.practice ?? [])
  const reflections = checked('reflections', Reflection, seed.reflections ?? [])

  const ids = (records: ReadonlyArray<{ id: string }>) => new Set(records.map((r) => r.id))
  const [partnerIds, sessionIds, goalIds, skillIds] = [ids(partners), ids(sessions), ids(goals), ids(skills)]
  const present = (id: string | null) => (id === null ? [] : [id])
  for (const s of sessions) checkLinks('session', present(s.partnerId), 'partner', partnerIds)
  for (const g of goals) checkLinks('goal', g.sessionIds, 'session', sessionIds)
  for (const s of skills) {
    checkLinks('skill', present(s.partnerId), 'partner', partnerIds)
    checkLinks('skill', s.sessionIds, 'session', sessionIds)
    checkLinks('skill', s.goalIds, 'goal', goalIds)
  }
  for (const p of practice) checkLinks('practice entry', [p.skillId], 'skill', skillIds)
  for (const r of reflections) {
    checkLinks('reflection', present(r.sessionId), 'session', sessionIds)
    checkLinks('reflection', r.goalIds, 'goal', goalIds)
    checkLinks('reflection', r.skillIds, 'skill', skillIds)
  }

  const files = new Map<string, unknown>()
  // Each file in the version this build writes.
  if (seed.partners) files.set('partners.json', { schemaVersion: partnersFormat.current, partners })
  if (seed.goals) files.set('goals.json', { schemaVersion: goalsFormat.current, goals })
  if (seed.skills) files.set('skills.json', { schemaVersion: skillsFormat.current, skills })
  const shards: Array<[string, ReadonlyArray<{ date: string }>, number]> = [
    ['sessions', sessions, sessionsFormat.current],
    ['practice', practice, practiceFormat.current],
    ['reflections', reflections, reflectionsFormat.current],
  ]
  for (const [folder, items, schemaVersion] of shards) {
    for (const [month, inMonth] of byMonth(items)) {
      files.set(`${folder}/${month}.json`, { schemaVersion, shard: month, items: inMonth })
    }
  }
  for (const [path, doc] of files) {
    await mkdir(dirname(join(dataDir, path)), { recursive: true })
    await writeFile(join(dataDir, path), serializeDocument(doc))
  }
}
