import { mkdtemp, open, readdir, readFile, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createTandem, type Tandem } from '../../src/main/app'
import { sessionsFormat } from '../../src/main/sessions/format'
import type { Session, SessionUpdate } from '../../src/shared/domain/session'
import { generateJournal } from './generate'
import { collectGarbage, median, percentile, timed } from './stats'

export interface SessionsSizeResult {
  sessions: number
  /** Bytes of every document opening the journal reads. */
  bytes: number
  /** createTandem on the folder: read, parse, migrate and validate everything (median). */
  open_ms: number
  /** JSON.parse of exactly those bytes, already in memory (median). */
  parse_ms: number
  /** One edited session saved through the router (`sessions:update`), to disk and fsynced. */
  save_p50_ms: number
  save_p95_ms: number
  /** The same bytes the save wrote, with plain fs: open, write, fsync, close, rename. */
  floor_p95_ms: number
  /** Informative: the floor plus the folder fsync that makes the rename durable (the store does it). */
  floor_with_folder_fsync_p95_ms: number
}

export interface SessionsBenchOptions {
  sizes?: number[]
  /** Saves (and floor writes) measured per size; at least 200. */
  saves?: number
  /** Opens (and parses) measured per size. */
  opens?: number
  /** Rounds the work is spread over (see benchSessions). */
  rounds?: number
  log?: (line: string) => void
}

const engine = (dataDir: string): Promise<Tandem> =>
  createTandem({ dataDir, resourcesDir: 'resources', ports: { openExternal: async () => undefined } })

/** Every JSON document under the journal folder (what opening reads), as the store reads it. */
async function readJournalTexts(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const files = entries
    // The journal's own backups (backups/, written by the daily backup on the first save) are not opened.
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.includes('.corrupt-'))
    .filter((e) => !e.parentPath.startsWith(join(dir, 'backups')))
    .map((e) => join(e.parentPath, e.name))
  return Promise.all(files.map((file) => readFile(file, 'utf8')))
}

export function editOf(session: Session, round: number): SessionUpdate {
  return {
    id: session.id,
    date: session.date,
    partnerId: session.partnerId,
    title: `${session.title} (edit ${round})`,
    topics: session.topics,
    notes: `${session.notes}\n\nAdded in edit ${round}: a line typed after the session.`,
    learned: session.learned,
    shared: session.shared,
    actionItems: session.actionItems.map(({ id, text, done, due }) => ({ id, text, done, due })),
    durationMinutes: session.durationMinutes,
    private: session.private,
  }
}

/** What a durable write costs at the least on this disk, without the store around it. */
async function floorWrite(path: string, bytes: Buffer): Promise<void> {
  const temp = `${path}.tmp`
  const file = await open(temp, 'w')
  await file.writeFile(bytes)
  await file.sync()
  await file.close()
  await rename(temp, path)
}

/** The floor plus the one step it leaves out and the store does not: the fsync of the folder after the rename. */
async function floorWriteWithFolderSync(path: string, bytes: Buffer): Promise<void> {
  await floorWrite(path, bytes)
  const folder = await open(dirname(path), 'r')
  await folder.sync()
  await folder.close()
}

interface Samples {
  open: number[]
  parse: number[]
  save: number[]
  floor: number[]
  floorFolder: number[]
}

const noSamples = (): Samples => ({ open: [], parse: [], save: [], floor: [], floorFolder: [] })

/**
 * The parsed documents are kept, as opening keeps them: building 36 MB of objects that stay alive
 * costs the garbage collector about twice what parsing into garbage does, and no way of opening
 * the journal can avoid that part.
 */
function parseAll(texts: string[]): number {
  const start = performance.now()
  const kept = texts.map((text): unknown => JSON.parse(text))
  const ms = performance.now() - start
  if (kept.length !== texts.length) throw new Error('unreachable: keeps the parsed documents alive')
  return ms
}

/** Opens and parses, alternating, so a busy moment of the machine falls on both alike. */
async function sampleOpenAndParse(dir: string, texts: string[], count: number, into: Samples): Promise<void> {
  for (let i = 0; i < count; i++) {
    collectGarbage()
    const { ms, value } = await timed(() => engine(dir))
    await value.close()
    const problems = value.journal.problems
    if (problems.length > 0)
      throw new Error(`The generated journal did not open cleanly: ${problems[0]?.message}`)
    into.open.push(ms)
    collectGarbage()
    into.parse.push(parseAll(texts))
  }
}

/** Saves of one edited session through the router, each followed by the floor write of the same bytes. */
async function sampleSaves(dir: string, target: Session, count: number, into: Samples): Promise<void> {
  const tandem = await engine(dir)
  // The saves of an open journal come long after opening it: let the collector finish with what
  // opening left behind, or the first saves of a large journal pay for it.
  collectGarbage()
  await new Promise((resolve) => setTimeout(resolve, 50))
  const shard = join(dir, 'sessions', `${sessionsFormat.keyOf(target)}.json`)
  const floorTarget = join(dir, 'sessions', 'floor.bench')
  try {
    for (let i = 0; i < count; i++) {
      const round = into.save.length
      const { ms, value } = await timed(() => tandem.router.handle('sessions:update', editOf(target, round)))
      if (!value.ok) throw new Error(`sessions:update failed: ${JSON.stringify(value)}`)
      const bytes = await readFile(shard)
      into.save.push(ms)
      into.floor.push((await timed(() => floorWrite(floorTarget, bytes))).ms)
      into.floorFolder.push((await timed(() => floorWriteWithFolderSync(floorTarget, bytes))).ms)
    }
  } finally {
    await tandem.close()
  }
}

interface Prepared {
  count: number
  dir: string
  target: Session
  bytes: number
  samples: Samples
}

/**
 * The work runs in rounds, each visiting every size in turn, so a slow spell of a shared machine is
 * spread over all sizes instead of landing on one of them. Only one journal is open at a time.
 */
export async function benchSessions(
  options: SessionsBenchOptions = {},
): Promise<{ sizes: SessionsSizeResult[] }> {
  const sizes = options.sizes ?? [100, 3650, 10_000]
  const saves = Math.max(200, options.saves ?? 300)
  const opens = options.opens ?? 10
  const rounds = options.rounds ?? 10
  const log = options.log ?? (() => undefined)
  const prepared: Prepared[] = []
  try {
    for (const count of sizes) {
      const dir = await mkdtemp(join(tmpdir(), `tandem-bench-${count}-`))
      log(`sessions: generating ${count.toLocaleString('en')} sessions`)
      const { editTarget } = await generateJournal(dir, count)
      const texts = await readJournalTexts(dir)
      const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
      prepared.push({
        count,
        dir,
        target: editTarget,
        bytes,
        samples: noSamples(),
      })
    }
    // Warm-up, not counted: the first open and the first saves compile the code paths.
    for (const p of prepared) {
      await sampleOpenAndParse(p.dir, await readJournalTexts(p.dir), 1, noSamples())
      await sampleSaves(p.dir, p.target, 10, noSamples())
    }
    for (let round = 0; round < rounds; round++) {
      log(`sessions: round ${round + 1} of ${rounds}`)
      for (const p of prepared) {
        await sampleOpenAndParse(p.dir, await readJournalTexts(p.dir), Math.ceil(opens / rounds), p.samples)
        await sampleSaves(p.dir, p.target, Math.ceil(saves / rounds), p.samples)
      }
    }
  } finally {
    await Promise.all(prepared.map((p) => rm(p.dir, { recursive: true, force: true })))
  }
  return {
    sizes: prepared.map(({ count, bytes, samples }) => ({
      sessions: count,
      bytes,
      open_ms: median(samples.open),
      parse_ms: median(samples.parse),
      save_p50_ms: percentile(samples.save, 50),
      save_p95_ms: percentile(samples.save, 95),
      floor_p95_ms: percentile(samples.floor, 95),
      floor_with_folder_fsync_p95_ms: percentile(samples.floorFolder, 95),
    })),
  }
}
