import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { KEY_FILE } from '../../src/main/crypto/key-file'
import { isSealed } from '../../src/main/crypto/sealed-file'
import { journalFiles } from '../../src/main/lock/rewrite'
import type { SessionSummary } from '../../src/shared/domain/session'
import { CRASH_PASSPHRASE } from './crash-key'
import { openEngine } from './crash-loop'
import { killChildAfterReady } from './kill-child'

export interface TransitionCrashSummary {
  cycles: number
  /** Cycles killed while the rewrite was under way (the key file said "turning-on" / "turning-off"). */
  midway: number
  /** Cycles where the journal did not open afterwards with the passphrase, or lost or changed a session. */
  failures: string[]
  /** Files seen, over all cycles, in each form right after the kill. */
  sealedSeen: number
  plainSeen: number
}

const MARKER = 'Quillon-private-marker'

/** A journal of `count` sessions over many months (many files to rewrite), plain or encrypted. */
async function seed(dataDir: string, count: number, encrypted: boolean): Promise<string[]> {
  const tandem = await openEngine(dataDir, null)
  const titles: string[] = []
  try {
    for (let i = 0; i < count; i++) {
      const month = String(1 + (i % 12)).padStart(2, '0')
      const title = `session ${i}`
      const made = await tandem.router.handle('sessions:create', {
        date: `${2020 + Math.floor(i / 12)}-${month}-10`,
        partnerId: null,
        title,
        topics: [],
        notes: `${MARKER} ${i}`,
        learned: '',
        shared: '',
        actionItems: [],
        durationMinutes: null,
        private: true,
      })
      if (!made.ok) throw new Error(made.error.message)
      titles.push(title)
    }
    if (encrypted) {
      const prepared = await tandem.router.handle('encryption:prepare', undefined)
      if (!prepared.ok) throw new Error(prepared.error.message)
      const { recoveryKey } = prepared.value as { recoveryKey: string }
      const on = await tandem.router.handle('encryption:turn-on', {
        passphrase: CRASH_PASSPHRASE,
        recoveryKey,
      })
      if (!on.ok) throw new Error(on.error.message)
    }
  } finally {
    await tandem.close()
  }
  return titles.sort()
}

/**
 * Starts the child turning encryption on or off and kills it `killAfterMs` after it said "ready" (the
 * kill lands anywhere: before, inside or after the rewrite) or after it said "rewriting" (inside it,
 * whatever the machine's load makes the key derivation before it cost).
 */
function killDuring(
  dataDir: string,
  mode: 'turn-on' | 'turn-off',
  killAfterMs: number,
  after: 'ready' | 'rewriting',
): Promise<void> {
  return killChildAfterReady(dataDir, ['0', '1', '-', mode], killAfterMs, undefined, after)
}

/**
 * Turning encryption on (or off) killed with SIGKILL at a random moment, `cycles` times: afterwards the
 * journal must open (with the passphrase when a key file is there), hold every session unchanged, report
 * no damaged file, and end with every file in one form; turning on must leave no plain marker on disk.
 */
export async function runTransitionCrash(options: {
  cycles: number
  direction: 'on' | 'off'
  sessions?: number
  seed?: number
}): Promise<TransitionCrashSummary> {
  let seedValue = (options.seed ?? 11) >>> 0
  const random = () => {
    seedValue = (seedValue * 1103515245 + 12345) >>> 0
    return seedValue / 2 ** 32
  }
  const summary: TransitionCrashSummary = { cycles: 0, midway: 0, failures: [], sealedSeen: 0, plainSeen: 0 }
  for (let cycle = 0; cycle < options.cycles; cycle++) {
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-turn-crash-'))
    try {
      const titles = await seed(dataDir, options.sessions ?? 120, options.direction === 'off')
      // Turning on derives the key first (about half a second), then rewrites; turning off checks the
      // passphrase the same way. Even cycles kill anywhere from before the rewrite to after it; odd ones
      // a few milliseconds into it, so kills mid-rewrite do not depend on how loaded the machine is.
      const mode = options.direction === 'on' ? 'turn-on' : 'turn-off'
      if (cycle % 2 === 0) await killDuring(dataDir, mode, 300 + random() * 1200, 'ready')
      else await killDuring(dataDir, mode, random() * 30, 'rewriting')
      summary.cycles++
      const key = await readFile(join(dataDir, KEY_FILE), 'utf8').catch(() => null)
      const state = key ? (JSON.parse(key) as { state: string }).state : 'none'
      if (state.startsWith('turning')) summary.midway++
      for (const rel of await journalFiles(dataDir)) {
        if (isSealed(await readFile(join(dataDir, rel)))) summary.sealedSeen++
        else summary.plainSeen++
      }
      const problem = await check(dataDir, titles, options.direction, key !== null)
      if (problem) summary.failures.push(`cycle ${cycle} (key file: ${state}): ${problem}`)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }
  return summary
}

async function check(
  dataDir: string,
  titles: string[],
  direction: 'on' | 'off',
  hasKey: boolean,
): Promise<string | null> {
  const tandem = await openEngine(dataDir, null)
  try {
    if (hasKey) {
      if (!tandem.locked) return 'a journal with a key file opened without its passphrase'
      const unlocked = await tandem.router.handle('lock:unlock', { passphrase: CRASH_PASSPHRASE })
      if (!unlocked.ok) return `did not unlock: ${unlocked.error.message}`
    }
    const status = await tandem.router.handle('journal:status', undefined)
    if (status.ok && (status.value as { problems: unknown[] }).problems.length > 0) {
      return `reported a problem: ${JSON.stringify((status.value as { problems: unknown[] }).problems)}`
    }
    const listed = await tandem.router.handle('sessions:list', undefined)
    if (!listed.ok) return listed.error.message
    const found = (listed.value as SessionSummary[]).map((s) => s.title).sort()
    if (JSON.stringify(found) !== JSON.stringify(titles))
      return `sessions changed: ${found.length} of ${titles.length}`
    // Once open, the rewrite has finished: every file is in the form the key file (or its absence) says.
    const encrypted = (await readdir(dataDir)).includes(KEY_FILE)
    for (const rel of await journalFiles(dataDir)) {
      const bytes = await readFile(join(dataDir, rel))
      if (isSealed(bytes) !== encrypted)
        return `${rel} is ${isSealed(bytes) ? 'encrypted' : 'plain'} after opening`
      if (encrypted && bytes.toString('latin1').includes(MARKER)) return `${rel} holds the marker in plain`
    }
    if (direction === 'on' && hasKey && !encrypted) return 'the key file vanished'
    return null
  } finally {
    await tandem.close()
  }
}
