import { cp, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { createTandem, type Tandem } from '../../src/main/app'
import { decodeDocument } from '../../src/main/store/codec'
import type { RegisteredFormat } from '../../src/main/store/journal'
import { migrate, NewerVersionError } from '../../src/main/store/migrations'
import { SHARD_FILE } from '../../src/main/store/sharded'
import type { JournalProblem } from '../../src/shared/contract/journal'
import { sessionDraft } from '../unit/helpers/records'
import { seedJournal } from './seed-journal'

const root = resolve(import.meta.dirname, '../..')
const resourcesDir = join(root, 'resources')

export interface DamageFuzzSummary {
  cases: number
  filesMutated: number
  /** Damaged files and folders that were set aside with their bytes intact. */
  setAside: number
  /** Files from a newer version, left byte-identical and read-only. */
  newerLeftAlone: number
  /** Mutations that left a file Tandem can still read (a BOM, a flipped letter): never reported. */
  stillValid: number
  /** Journals that did not open. */
  unopened: number
  failures: string[]
}

type Rand = () => number
const int = (rand: Rand, max: number) => Math.floor(rand() * max)

/** Mutations of a file's bytes. Each returns the new bytes. */
const byteMutations: Record<string, (bytes: Buffer, rand: Rand) => Buffer> = {
  truncated: (b, r) => b.subarray(0, int(r, b.length)),
  empty: () => Buffer.alloc(0),
  'NUL-filled': (b) => Buffer.alloc(b.length),
  'NUL run': (b, r) => {
    const out = Buffer.from(b)
    const start = int(r, out.length)
    out.fill(0, start, Math.min(out.length, start + 1 + int(r, 64)))
    return out
  },
  'byte flips': (b, r) => {
    const out = Buffer.from(b)
    for (let i = 0; i <= int(r, 4); i++) out[int(r, out.length)] = int(r, 256)
    return out
  },
  'bit flip': (b, r) => {
    const out = Buffer.from(b)
    const at = int(r, out.length)
    out[at] = (out[at] ?? 0) ^ (1 << int(r, 8))
    return out
  },
  BOM: (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
  'invalid UTF-8': (b, r) => {
    const at = int(r, b.length)
    const bad = [
      Buffer.from([0xff]),
      Buffer.from([0xc3, 0x28]),
      Buffer.from([0xe2, 0x82]),
      Buffer.from([0xa9]),
    ][int(r, 4)] as Buffer
    return Buffer.concat([b.subarray(0, at), bad, b.subarray(at)])
  },
}

/** Mutations of a file's JSON value. */
const jsonMutations: Record<string, (doc: Record<string, unknown>, rand: Rand) => unknown> = {
  'wrong type': (doc, r) => {
    const slots = pathsIn(doc)
    const path = slots[int(r, slots.length)] ?? []
    const others = [42, 'text', null, true, [], {}]
    return setAt(doc, path, others[int(r, others.length)])
  },
  'huge string': (doc, r) => {
    const slots = pathsIn(doc).filter((p) => typeof getAt(doc, p) === 'string')
    const path = slots[int(r, slots.length)] ?? ['extra']
    return setAt(doc, path, 'x'.repeat(1_000_000 + int(r, 1_000_000)))
  },
  'newer schemaVersion': (doc, r) => ({ ...doc, schemaVersion: 2 + int(r, 50) }),
  'odd schemaVersion': (doc, r) => ({ ...doc, schemaVersion: [0, -1, '1', 1.5, null, true][int(r, 6)] }),
  'no schemaVersion': (doc) => {
    const { schemaVersion: _, ...rest } = doc
    return rest
  },
  'duplicated id': (doc, r) => {
    const items = Array.isArray(doc.items) ? doc.items : null
    if (!items || items.length === 0) return doc
    return { ...doc, items: [...items, items[int(r, items.length)]] }
  },
  'not an object': (_doc, r) => [[], 'journal', 7, null][int(r, 4)],
}

/** Damage to the folder layout. Returns the journal-relative path that should be reported. */
const layoutMutations: Record<
  string,
  (dir: string, rand: Rand) => Promise<{ path: string; bytes: Buffer | null }>
> = {
  'file where a folder should be': async (dir, r) => {
    const folder = ['sessions', 'practice', 'reflections'][int(r, 3)] as string
    await rm(join(dir, folder), { recursive: true })
    const bytes = Buffer.from('not a folder')
    await writeFile(join(dir, folder), bytes)
    return { path: folder, bytes }
  },
  'dangling symlink for a folder': async (dir, r) => {
    const folder = ['sessions', 'practice', 'reflections'][int(r, 3)] as string
    await rm(join(dir, folder), { recursive: true })
    await symlink(join(dir, 'nowhere'), join(dir, folder))
    return { path: folder, bytes: null }
  },
  'looping symlink for a folder': async (dir, r) => {
    const folder = ['sessions', 'practice', 'reflections'][int(r, 3)] as string
    await rm(join(dir, folder), { recursive: true })
    await symlink(join(dir, folder), join(dir, folder))
    return { path: folder, bytes: null }
  },
  'folder where a file should be': async (dir, r) => {
    const file = ['goals.json', 'skills.json', 'partners.json', 'prompts.json'][int(r, 4)] as string
    await rm(join(dir, file))
    await mkdir(join(dir, file))
    await writeFile(join(dir, file, 'inside.txt'), 'kept')
    return { path: file, bytes: null }
  },
  'dangling symlink for a file': async (dir, r) => {
    const file = ['goals.json', 'skills.json', 'sessions/2026-10.json'][int(r, 3)] as string
    await rm(join(dir, file))
    await symlink(join(dir, 'gone.json'), join(dir, file))
    return { path: file, bytes: null }
  },
  'looping symlink for a file': async (dir, r) => {
    const file = ['goals.json', 'partners.json', 'reflections/2026-11.json'][int(r, 3)] as string
    await rm(join(dir, file))
    await symlink(join(dir, file), join(dir, file))
    return { path: file, bytes: null }
  },
}

/**
 * Copies one valid journal, damages one file or folder in it, opens it with the real engine and checks
 * what the user would rely on: it opens; an unreadable file is set aside with its bytes intact and named in
 * plain words; a newer file is left byte-identical and refuses changes; a readable file is never reported;
 * and a save still works and never touches what was set aside.
 */
export async function runDamageFuzz(options: { cases: number; seed?: number }): Promise<DamageFuzzSummary> {
  let state = (options.seed ?? 11) >>> 0
  const rand: Rand = () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const work = await mkdtemp(join(tmpdir(), 'tandem-fuzz-'))
  const summary: DamageFuzzSummary = {
    cases: 0,
    filesMutated: 0,
    setAside: 0,
    newerLeftAlone: 0,
    stillValid: 0,
    unopened: 0,
    failures: [],
  }
  try {
    const pristine = join(work, 'pristine')
    await seedJournal(pristine, resourcesDir)
    const files = await journalFiles(pristine)
    const kinds = [
      ...Object.keys(byteMutations).map((name) => ['bytes', name] as const),
      ...Object.keys(jsonMutations).map((name) => ['json', name] as const),
      ...Object.keys(layoutMutations).map((name) => ['layout', name] as const),
    ]
    for (let i = 0; i < options.cases; i++) {
      const [family, name] = kinds[int(rand, kinds.length)] ?? ['bytes', 'truncated']
      const dir = join(work, `case-${i}`)
      await cp(pristine, dir, { recursive: true })
      let target: { path: string; bytes: Buffer | null }
      if (family === 'layout') {
        target = await (layoutMutations[name] as (typeof layoutMutations)[string])(dir, rand)
      } else {
        const path = files[int(rand, files.length)] as string
        const before = await readFile(join(dir, path))
        const bytes =
          family === 'bytes'
            ? (byteMutations[name] as (typeof byteMutations)[string])(before, rand)
            : Buffer.from(
                JSON.stringify(
                  (jsonMutations[name] as (typeof jsonMutations)[string])(
                    JSON.parse(before.toString()) as Record<string, unknown>,
                    rand,
                  ),
                  null,
                  2,
                ),
              )
        await writeFile(join(dir, path), bytes)
        target = { path, bytes }
      }
      summary.cases += 1
      summary.filesMutated += 1
      const label = `case ${i} (${name} on ${target.path})`
      const problems = await checkCase(dir, target, summary).catch((error: unknown) => {
        summary.unopened += 1
        return [`did not open: ${error instanceof Error ? error.stack : String(error)}`]
      })
      summary.failures.push(...problems.map((p) => `${label}: ${p}`))
      await rm(dir, { recursive: true, force: true })
    }
    return summary
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function checkCase(
  dir: string,
  target: { path: string; bytes: Buffer | null },
  summary: DamageFuzzSummary,
): Promise<string[]> {
  const failures: string[] = []
  const tandem = await open(dir)
  try {
    const reported = await problemsOf(tandem)
    const mine = reported.filter((p) => p.file === target.path)
    const others = reported.filter((p) => p.file !== target.path)
    if (others.length > 0) failures.push(`other files reported: ${others.map((p) => p.file).join(', ')}`)
    const verdict = await expected(tandem, dir, target)
    if (verdict === 'valid') {
      summary.stillValid += 1
      if (mine.length > 0) failures.push(`a readable file was reported: ${mine[0]?.message}`)
    } else if (verdict === 'newer') {
      const problem = mine[0]
      if (mine.length !== 1 || problem?.kind !== 'newer-version')
        failures.push('a newer file was not reported once')
      const now = await readFile(join(dir, target.path)).catch(() => null)
      if (!target.bytes || !now?.equals(target.bytes)) failures.push('a newer file was changed')
      else summary.newerLeftAlone += 1
    } else {
      const problem = mine[0]
      if (mine.length !== 1 || problem?.kind !== 'set-aside' || !problem.movedTo) {
        failures.push(`an unreadable file was not set aside once (${JSON.stringify(reported)})`)
      } else {
        if (!problem.message.includes(target.path))
          failures.push(`the message does not name the file: ${problem.message}`)
        if (!(await intact(dir, problem.movedTo, target.bytes))) failures.push('the set-aside bytes changed')
        else summary.setAside += 1
      }
    }
    // The journal still takes a save, and the save leaves every set-aside file as it was.
    const saved = await tandem.router.handle('sessions:create', session())
    if (!saved.ok && !(verdict === 'newer' && saved.error.code === 'read-only')) {
      failures.push(`a save failed: ${saved.error.code} ${saved.error.message}`)
    }
    for (const problem of mine) {
      if (problem.movedTo && !(await intact(dir, problem.movedTo, target.bytes))) {
        failures.push('a save touched the set-aside file')
      }
    }
  } finally {
    await tandem.close()
  }
  return failures
}

/** What the damaged file should be taken for: readable, newer, or unreadable. */
async function expected(
  tandem: Tandem,
  dir: string,
  target: { path: string; bytes: Buffer | null },
): Promise<'valid' | 'newer' | 'unreadable'> {
  const entry = await lstat(join(dir, target.path)).catch(() => null)
  // Layout damage (a file for a folder, a link, a folder for a file) is never readable.
  if (target.bytes === null || (entry && !entry.isFile())) return 'unreadable'
  const format = formatOf(tandem, target.path)
  if (format === null || format === 'folder') return 'unreadable'
  try {
    const { doc } = migrate(decodeDocument(target.bytes), format)
    return format.schema.safeParse(doc).success ? 'valid' : 'unreadable'
  } catch (error) {
    return error instanceof NewerVersionError ? 'newer' : 'unreadable'
  }
}

function formatOf(tandem: Tandem, path: string): RegisteredFormat | 'folder' | null {
  for (const doc of tandem.journal.registered) {
    if (doc.kind === 'document' && doc.path === path) return doc.format
    if (doc.kind === 'sharded') {
      if (doc.folder === path) return 'folder'
      if (dirname(path) === doc.folder && SHARD_FILE.test(path.slice(doc.folder.length + 1)))
        return doc.format
    }
  }
  return null
}

async function intact(dir: string, movedTo: string, bytes: Buffer | null): Promise<boolean> {
  const entry = await lstat(join(dir, movedTo)).catch(() => null)
  if (!entry) return false
  if (bytes === null) return true
  return (await readFile(join(dir, movedTo))).equals(bytes)
}

async function open(dir: string): Promise<Tandem> {
  return createTandem({
    dataDir: dir,
    resourcesDir,
    ports: { openExternal: async () => undefined },
    log: () => undefined,
  })
}

async function problemsOf(tandem: Tandem): Promise<JournalProblem[]> {
  const status = await tandem.router.handle('journal:status', undefined)
  if (!status.ok) throw new Error(status.error.message)
  return (status.value as { problems: JournalProblem[] }).problems
}

async function journalFiles(dir: string, under = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const path = under ? join(under, entry.name) : entry.name
    // Backups are checked when they are listed or restored, not when the journal opens (backups tests).
    if (entry.isDirectory() && path === 'backups') continue
    if (entry.isDirectory()) found.push(...(await journalFiles(dir, path)))
    else if (entry.name.endsWith('.json')) found.push(relative('', path))
  }
  return found.sort()
}

const session = () => sessionDraft({ date: '2026-12-15', title: 'After the damage', notes: '' })

function pathsIn(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [path]
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
  return [path, ...entries.flatMap(([key, v]) => pathsIn(v, [...path, key]))].filter((p) => p.length > 0)
}

function getAt(value: unknown, path: Array<string | number>): unknown {
  let at: unknown = value
  for (const key of path) at = (at as Record<string | number, unknown>)?.[key]
  return at
}

function setAt(value: unknown, path: Array<string | number>, next: unknown): unknown {
  if (path.length === 0) return next
  const [head, ...rest] = path as [string | number, ...Array<string | number>]
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >
  copy[head] = setAt(copy[head], rest, next)
  return copy
}
