/**
 * Search benchmark, on a journal of 10,000 sessions, 3,000 reflections and 500 skills (4 practice
 * notes each) made by the generator's builders and opened by the real engine:
 *   search_index_ms       the first query on a freshly opened journal: the whole index built (median of 3)
 *   search_p95_ms         search:query through the router (validation, filters, snippets included) over
 *                         one-word, two-word, prefix and misspelt queries
 *   search_scan_p95_ms    the same queries as a plain substring scan of the records' folded text (the
 *                         text folded once beforehand; it finds no misspelt word)
 *   search_fuse_p95_ms    the same queries through Fuse.js 7.5 over the same records (fewer rounds: slow)
 *   search_fuse_index_ms  building Fuse's index of those records
 *   search_update_ms      p95 of one session saved (sessions:update resolved) until a query finds its new
 *                         word: the refresh of the index plus one query, so an upper bound of the refresh
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fuse from 'fuse.js'
import { createTandem, type Tandem } from '../../src/main/app'
import { fold } from '../../src/main/search/folding'
import type { Reflection } from '../../src/shared/domain/reflection'
import type { SearchResults } from '../../src/shared/domain/search'
import type { Session } from '../../src/shared/domain/session'
import type { PracticeEntry, Skill } from '../../src/shared/domain/skill'
import { seedJournal } from '../e2e/seed'
import { dayBefore, paragraph, prng } from './generate'
import { recordMaker } from './records'
import { collectGarbage, median, percentile } from './stats'

const QUERIES = {
  oneWord: ['feedback', 'captions', 'projector', 'stakeholder', 'etiquette'],
  twoWords: ['keyboard shortcuts', 'design system', 'pull request', 'hiring loop', 'deadline scopes'],
  prefix: ['stake', 'accessib', 'negot', 'propos', 'screensh'],
  misspelt: ['feedbak', 'captoins', 'stakeholdr', 'accesibility', 'etiquete'],
}
const ALL_QUERIES = Object.values(QUERIES).flat()
const ROUNDS = 12
const FUSE_ROUNDS = 1
const UPDATES = 60

interface Seeded {
  sessions: Session[]
  reflections: Reflection[]
  skills: Skill[]
  practice: PracticeEntry[]
}

async function seed(dir: string): Promise<Seeded> {
  const make = recordMaker(2026)
  const rand = prng(12)
  const partners = make.partners()
  const sessions = Array.from({ length: 10_000 }, (_, i) => make.session({ date: dayBefore(i) }))
  const reflections = Array.from({ length: 3000 }, (_, i) =>
    make.reflection({
      date: dayBefore(i * 3),
      answer: paragraph(rand),
      sessionId: sessions[i * 3]?.id ?? null,
    }),
  )
  const skills = Array.from({ length: 500 }, (_, i) =>
    make.skill({ name: `Skill ${i}`, evidence: paragraph(rand) }),
  )
  const practice = skills.flatMap((skill, i) =>
    Array.from({ length: 4 }, (_, k) => make.practice(skill, { date: dayBefore(i + k * 30) })),
  )
  await seedJournal(dir, { partners, sessions, reflections, skills, practice })
  return { sessions, reflections, skills, practice }
}

const open = (dataDir: string): Promise<Tandem> =>
  createTandem({ dataDir, resourcesDir: 'resources', ports: { openExternal: async () => undefined } })

async function query(tandem: Tandem, text: string): Promise<SearchResults> {
  const result = await tandem.router.handle('search:query', { text })
  if (!result.ok) throw new Error(`search:query was refused: ${result.error.message}`)
  return result.value as SearchResults
}

async function timedMs(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** The baseline: every record's text folded once, then each query word looked for with includes. */
function substringScan(data: Seeded) {
  const texts = [
    ...data.sessions.map((s) =>
      [s.title, s.notes, s.learned, s.shared, s.topics.join(' '), ...s.actionItems.map((a) => a.text)].join(
        '\n',
      ),
    ),
    ...data.reflections.map((r) => `${r.prompt?.text ?? ''}\n${r.answer}`),
    ...data.skills.map((s) => `${s.name}\n${s.evidence}`),
    ...data.practice.map((p) => p.note),
  ].map(fold)
  return (text: string) => {
    const words = fold(text).split(/\s+/)
    let found = 0
    for (const t of texts) if (words.every((w) => t.includes(w))) found += 1
    return found
  }
}

function fuseOver(data: Seeded) {
  const docs = [
    ...data.sessions.map((s) => ({
      title: s.title,
      notes: s.notes,
      learned: s.learned,
      shared: s.shared,
      items: s.actionItems.map((a) => a.text),
    })),
    ...data.reflections.map((r) => ({ title: r.prompt?.text ?? '', notes: r.answer })),
    ...data.skills.map((s) => ({ title: s.name, notes: s.evidence })),
  ]
  const start = performance.now()
  const fuse = new Fuse(docs, {
    keys: ['title', 'notes', 'learned', 'shared', 'items'],
    threshold: 0.3,
    ignoreLocation: true,
    includeMatches: true,
  })
  return { fuse, indexMs: performance.now() - start }
}

export async function benchSearch(
  options: { log?: (line: string) => void } = {},
): Promise<Record<string, number>> {
  const log = options.log ?? (() => undefined)
  const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-search-'))
  try {
    log('search: seeding 10,000 sessions, 3,000 reflections, 500 skills')
    const data = await seed(dir)

    const builds: number[] = []
    let tandem: Tandem | null = null
    for (let i = 0; i < 3; i++) {
      await tandem?.close()
      tandem = await open(dir)
      collectGarbage()
      builds.push(await timedMs(() => query(tandem as Tandem, 'feedback')))
    }
    if (!tandem) throw new Error('No engine opened.')
    const engine: Tandem = tandem
    log(`search: index built in ${builds.map((b) => b.toFixed(0)).join(', ')} ms`)

    const scan = substringScan(data)
    const { fuse, indexMs: fuseIndexMs } = fuseOver(data)
    const samples = { search: [] as number[], scan: [] as number[], fuse: [] as number[] }
    const byGroup: Record<string, number[]> = {}
    for (let round = 0; round < ROUNDS; round++) {
      for (const [group, texts] of Object.entries(QUERIES)) {
        for (const text of texts) {
          const ms = await timedMs(() => query(engine, text))
          samples.search.push(ms)
          byGroup[group] = [...(byGroup[group] ?? []), ms]
          samples.scan.push(await timedMs(() => scan(text)))
          if (round < FUSE_ROUNDS) samples.fuse.push(await timedMs(() => fuse.search(text, { limit: 50 })))
        }
      }
    }
    for (const text of ALL_QUERIES) {
      const found = (await query(engine, text)).counts
      log(
        `search: "${text}" finds ${found.session} sessions, ${found.reflection} reflections, ${found.skill} skills`,
      )
    }

    const updates: number[] = []
    const target = data.sessions[5000]
    if (!target) throw new Error('No session to edit.')
    let session = target
    for (let i = 0; i < UPDATES; i++) {
      const word = `zebra${String.fromCharCode(97 + (i % 26))}${i}`
      const { id, createdAt: _c, updatedAt: _u, actionItems, ...rest } = session
      const saved = await engine.router.handle('sessions:update', {
        ...rest,
        id,
        actionItems,
        notes: `${session.notes.slice(0, 2000)} ${word}`,
      })
      if (!saved.ok) throw new Error(`sessions:update was refused: ${saved.error.message}`)
      session = saved.value as Session
      const start = performance.now()
      const found = await query(engine, word)
      updates.push(performance.now() - start)
      if (found.hits[0]?.id !== id) throw new Error(`The saved session was not found by "${word}".`)
    }
    await engine.close()

    const results: Record<string, number> = {
      search_index_ms: median(builds),
      search_p95_ms: percentile(samples.search, 95),
      search_p50_ms: median(samples.search),
      search_scan_p95_ms: percentile(samples.scan, 95),
      search_scan_p50_ms: median(samples.scan),
      search_fuse_p95_ms: percentile(samples.fuse, 95),
      search_fuse_p50_ms: median(samples.fuse),
      search_fuse_index_ms: fuseIndexMs,
      search_update_ms: percentile(updates, 95),
      search_update_p50_ms: median(updates),
    }
    for (const [group, ms] of Object.entries(byGroup)) results[`search_${group}_p95_ms`] = percentile(ms, 95)
    return results
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith('search.bench.ts')) {
  benchSearch({ log: (line) => console.error(`… ${line}`) }).then(
    (results) => console.log(results),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
