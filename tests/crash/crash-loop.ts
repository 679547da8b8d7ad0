import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { createTandem } from '../../src/main/app'
import type { SessionSummary } from '../../src/shared/domain/session'
import { CRASH_PASSPHRASE, plainKeychain, readPlain } from './crash-key'
import { childBundle, killChildAfterReady, root } from './kill-child'

export interface CrashLoopSummary {
  cycles: number
  /** Requests the child saw resolve before it was killed. */
  acknowledged: number
  /** Acknowledged changes not found on disk in their acknowledged (or a later) version. */
  lost: number
  /** Ids held by more than one shard, or twice by one, after reopening. */
  duplicated: number
  /** Reopens that failed or reported a damaged file. */
  unopened: number
  /** Sessions in the journal at the end. */
  sessions: number
  failures: string[]
}

interface Op {
  n: number
  kind: 'create' | 'update' | 'delete'
  id: string | null
  acked: boolean
}

/** Bundles the child once, so each cycle starts in a few tens of milliseconds. */
export async function buildCrashChild(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    build: {
      ssr: join(root, 'tests', 'crash', 'child.ts'),
      outDir: join(root, 'out', 'crash-child'),
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
  })
  return childBundle
}

/**
 * Starts the child on one journal, kills it with SIGKILL at a random moment, reopens the journal with
 * the real engine and checks every acknowledged change, `cycles` times over.
 */
export async function runCrashLoop(options: {
  cycles: number
  seed?: number
  /** Runs the loop on an encrypted journal (its key remembered in a config folder, see crash-key.ts). */
  encrypted?: boolean
}): Promise<CrashLoopSummary> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-crash-'))
  const configDir = options.encrypted ? await mkdtemp(join(tmpdir(), 'tandem-crash-config-')) : null
  if (configDir) await encrypt(dataDir, configDir)
  let seed = (options.seed ?? 7) >>> 0
  const random = () => {
    seed = (seed * 1103515245 + 12345) >>> 0
    return seed / 2 ** 32
  }
  const summary: CrashLoopSummary = {
    cycles: 0,
    acknowledged: 0,
    lost: 0,
    duplicated: 0,
    unopened: 0,
    sessions: 0,
    failures: [],
  }
  /** What the journal held after the last check: id -> title (each title names the op that wrote it). */
  let state = new Map<string, string>()
  let nextOp = 0
  try {
    for (let cycle = 0; cycle < options.cycles; cycle++) {
      const ops = await runChild(
        dataDir,
        configDir,
        nextOp,
        Math.floor(random() * 2 ** 31),
        5 + random() * 150,
      )
      nextOp += ops.length + 1
      summary.cycles += 1
      summary.acknowledged += ops.filter((op) => op.acked).length
      const found = await reopen(dataDir, configDir)
      if (typeof found === 'string') {
        summary.unopened += 1
        summary.failures.push(`cycle ${cycle}: ${found}`)
        continue
      }
      const lost = check(state, ops, found.sessions)
      summary.lost += lost.length
      summary.failures.push(...lost.map((line) => `cycle ${cycle}: ${line}`))
      const copies = await shardCopies(dataDir, configDir)
      const twice = [...copies].filter(([, count]) => count > 1)
      summary.duplicated += twice.length
      summary.failures.push(...twice.map(([id, count]) => `cycle ${cycle}: ${id} is on disk ${count} times`))
      state = found.sessions
    }
    summary.sessions = state.size
    return summary
  } finally {
    await rm(dataDir, { recursive: true, force: true })
    if (configDir) await rm(configDir, { recursive: true, force: true })
  }
}

/** Turns encryption on for the (empty) journal and remembers its key in `configDir`. */
async function encrypt(dataDir: string, configDir: string): Promise<void> {
  const tandem = await openEngine(dataDir, configDir)
  try {
    const prepared = await tandem.router.handle('encryption:prepare', undefined)
    if (!prepared.ok) throw new Error(prepared.error.message)
    const { recoveryKey } = prepared.value as { recoveryKey: string }
    const on = await tandem.router.handle('encryption:turn-on', { passphrase: CRASH_PASSPHRASE, recoveryKey })
    if (!on.ok) throw new Error(on.error.message)
    const kept = await tandem.router.handle('lock:remember', { remember: true })
    if (!kept.ok) throw new Error(kept.error.message)
  } finally {
    await tandem.close()
  }
}

/** The engine on `dataDir`; `picked` is what its open dialog answers (the import crash test). */
export function openEngine(dataDir: string, configDir: string | null, picked?: string) {
  return createTandem({
    dataDir,
    resourcesDir: join(root, 'resources'),
    ports: { openExternal: async () => undefined, ...(picked ? { chooseOpenPath: async () => picked } : {}) },
    log: () => undefined,
    ...(configDir ? { configDir, keychain: plainKeychain } : {}),
  })
}

async function runChild(
  dataDir: string,
  configDir: string | null,
  firstOp: number,
  seed: number,
  killAfterMs: number,
): Promise<Op[]> {
  const ops = new Map<number, Op>()
  await killChildAfterReady(
    dataDir,
    [String(firstOp), String(seed), configDir ?? '-'],
    killAfterMs,
    (line) => {
      const [word, n, kind, id] = line.split(' ')
      if (word !== 'send' && word !== 'ack') return
      const op = ops.get(Number(n)) ?? {
        n: Number(n),
        kind: kind as Op['kind'],
        id: id === '-' ? null : (id ?? null),
        acked: false,
      }
      if (word === 'ack') {
        op.acked = true
        op.id = id ?? op.id
      }
      ops.set(op.n, op)
    },
  )
  return [...ops.values()].sort((a, b) => a.n - b.n)
}

async function reopen(
  dataDir: string,
  configDir: string | null,
): Promise<{ sessions: Map<string, string> } | string> {
  try {
    const tandem = await openEngine(dataDir, configDir)
    if (tandem.locked) return 'the encrypted journal did not open with its remembered key'
    try {
      const status = await tandem.router.handle('journal:status', undefined)
      if (status.ok && (status.value as { problems: unknown[] }).problems.length > 0) {
        return `reported a problem: ${JSON.stringify((status.value as { problems: unknown[] }).problems)}`
      }
      const listed = await tandem.router.handle('sessions:list', undefined)
      if (!listed.ok) return listed.error.message
      const rows = listed.value as SessionSummary[]
      if (new Set(rows.map((s) => s.id)).size !== rows.length) return 'the list shows an id twice'
      return { sessions: new Map(rows.map((s) => [s.id, s.title])) }
    } finally {
      await tandem.close()
    }
  } catch (error) {
    return `could not open: ${error instanceof Error ? error.message : String(error)}`
  }
}

/**
 * Each session's requests ran one at a time, so at most its last request was still in flight: what is
 * on disk must be the state after its last acknowledged request, or after the one in flight.
 */
function check(before: Map<string, string>, ops: Op[], after: Map<string, string>): string[] {
  const problems: string[] = []
  const stateAfter = (op: Op) => (op.kind === 'delete' ? null : `op-${op.n}`)
  const byId = new Map<string, Op[]>()
  for (const op of ops) if (op.id) byId.set(op.id, [...(byId.get(op.id) ?? []), op])
  const ids = new Set([...before.keys(), ...byId.keys()])
  for (const id of ids) {
    const mine = byId.get(id) ?? []
    const lastAcked = mine.findLastIndex((op) => op.acked)
    const acknowledged = lastAcked === -1 ? (before.get(id) ?? null) : stateAfter(mine[lastAcked] as Op)
    const allowed = [acknowledged]
    const inFlight = mine[lastAcked + 1]
    if (inFlight) allowed.push(stateAfter(inFlight))
    const now = after.get(id) ?? null
    if (!allowed.includes(now)) problems.push(`${id}: found ${now}, expected one of ${allowed.join(', ')}`)
  }
  // Sessions whose create was cut short may be there or not, once each.
  const unacked = new Set(ops.filter((op) => op.kind === 'create' && !op.acked).map((op) => `op-${op.n}`))
  for (const [id, title] of after) {
    if (ids.has(id)) continue
    if (unacked.has(title)) unacked.delete(title)
    else problems.push(`${id} (${title}) appeared from nowhere`)
  }
  return problems
}

async function shardCopies(dataDir: string, configDir: string | null): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const names = await readdir(join(dataDir, 'sessions')).catch(() => [] as string[])
  for (const name of names.filter((n) => /^[0-9A-Za-z-]+\.json$/.test(n))) {
    const text = await readPlain(dataDir, `sessions/${name}`, configDir)
    const doc = JSON.parse(text) as { items: Array<{ id: string }> }
    for (const item of doc.items) counts.set(item.id, (counts.get(item.id) ?? 0) + 1)
  }
  return counts
}
