/**
 * The crash loop's child: opens a journal with the real engine and saves sessions through the real
 * router as fast as it can — creates, edits, moves to another month, deletes, several at once — printing
 * `send` before each request and `ack` once it resolved. The parent kills it with SIGKILL at a random
 * moment. One request at a time per session, so each session's versions are strictly ordered.
 */
import { createTandem } from '../../src/main/app'
import type { SessionSummary } from '../../src/shared/domain/session'
import { CRASH_PASSPHRASE, plainKeychain } from './crash-key'

const [dataDir = '', resourcesDir = '', firstOp = '0', seedText = '1', configDir = '-', mode = 'saves'] =
  process.argv.slice(2)
let seed = Number(seedText) >>> 0
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0
  return seed / 2 ** 32
}
const months = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03']
const dateIn = (month: string) => `${month}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`
const draft = (op: number) => ({
  date: dateIn(months[Math.floor(random() * months.length)] ?? '2026-01'),
  partnerId: null,
  title: `op-${op}`,
  topics: ['crash'],
  notes: `Notes written by op ${op}. `.repeat(1 + Math.floor(random() * 40)),
  learned: '',
  shared: '',
  actionItems: [],
  durationMinutes: 30,
  private: false,
})

const tandem = await createTandem({
  dataDir,
  resourcesDir,
  // In "import" mode the third argument is the Day One file the open dialog answers (import-crash.test.ts).
  ports: { openExternal: async () => undefined, chooseOpenPath: async () => firstOp },
  log: () => undefined,
  // An encrypted journal opens with the key its config folder remembers (see crash-key.ts).
  ...(configDir === '-' ? {} : { configDir, keychain: plainKeychain }),
})
const say = (line: string) => process.stdout.write(`${line}\n`)
/** Says "rewriting" once the files have begun to turn (lock:status shows the transition), for a kill inside it. */
function sayWhenRewriting(): void {
  const timer = setInterval(async () => {
    const status = await tandem.router.handle('lock:status', undefined)
    if (status.ok && (status.value as { transition: unknown }).transition !== null) {
      clearInterval(timer)
      say('rewriting')
    }
  }, 1)
}
if (mode === 'turn-on' || mode === 'turn-off') {
  // Turning encryption on or off, killed at a random moment of the rewrite (transition-crash.ts).
  if (mode === 'turn-on') {
    const prepared = await tandem.router.handle('encryption:prepare', undefined)
    if (!prepared.ok) throw new Error(prepared.error.message)
    const { recoveryKey } = prepared.value as { recoveryKey: string }
    say('ready')
    sayWhenRewriting()
    const on = await tandem.router.handle('encryption:turn-on', { passphrase: CRASH_PASSPHRASE, recoveryKey })
    if (!on.ok) throw new Error(on.error.message)
  } else {
    const open = await tandem.router.handle('lock:unlock', { passphrase: CRASH_PASSPHRASE })
    if (!open.ok) throw new Error(open.error.message)
    say('ready')
    sayWhenRewriting()
    const off = await tandem.router.handle('encryption:turn-off', { passphrase: CRASH_PASSPHRASE })
    if (!off.ok) throw new Error(off.error.message)
  }
  say('done')
  // Stays alive (an empty event loop would end the process) until the parent kills it.
  setInterval(() => undefined, 60_000)
  await new Promise(() => undefined)
}
if (mode === 'import') {
  // An import of a Day One file, killed while it writes its records.
  const picked = await tandem.router.handle('import:pick', { source: 'dayone' })
  if (!picked.ok) throw new Error(picked.error.message)
  const token = (picked.value as { token: string }).token
  const mapping = {
    as: 'sessions',
    partner: { kind: 'new', name: 'Crash Partner' },
    tagsAsTopics: true,
    duplicates: 'skip',
  }
  say('ready')
  const started = await tandem.router.handle('import:start', { token, mapping })
  if (!started.ok) throw new Error(started.error.message)
  const { jobId } = started.value as { jobId: string }
  let told = false
  for (;;) {
    const status = await tandem.router.handle('import:progress', { jobId })
    if (!status.ok) throw new Error(status.error.message)
    const { stage, done, error } = status.value as { stage: string; done: boolean; error: string | null }
    if (stage === 'writing' && !told) {
      told = true
      say('writing')
    }
    if (done) {
      if (error) throw new Error(error)
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
  say('done')
  setInterval(() => undefined, 60_000)
  await new Promise(() => undefined)
}
const listed = await tandem.router.handle('sessions:list', undefined)
if (!listed.ok) throw new Error(listed.error.message)
const known = new Map((listed.value as SessionSummary[]).map((s) => [s.id, s.date.slice(0, 7)]))
const busy = new Set<string>()
let op = Number(firstOp)
say('ready')

async function one(): Promise<void> {
  const n = op++
  const free = [...known.keys()].filter((id) => !busy.has(id))
  const roll = random()
  const id = free[Math.floor(random() * free.length)]
  if (id === undefined || roll < 0.3) {
    say(`send ${n} create -`)
    const made = await tandem.router.handle('sessions:create', draft(n))
    if (!made.ok) throw new Error(made.error.message)
    const session = made.value as { id: string; date: string }
    known.set(session.id, session.date.slice(0, 7))
    say(`ack ${n} create ${session.id}`)
    return
  }
  busy.add(id)
  try {
    if (roll < 0.85) {
      const next = draft(n)
      // A quarter of all requests edit a session in its month; the rest of the edits pick a month at
      // random, which is usually another one: a move between shards.
      if (roll < 0.55) next.date = `${known.get(id)}-15`
      say(`send ${n} update ${id}`)
      const saved = await tandem.router.handle('sessions:update', { ...next, id })
      if (!saved.ok) throw new Error(saved.error.message)
      known.set(id, next.date.slice(0, 7))
      say(`ack ${n} update ${id}`)
    } else {
      say(`send ${n} delete ${id}`)
      const gone = await tandem.router.handle('sessions:delete', { id })
      if (!gone.ok) throw new Error(gone.error.message)
      known.delete(id)
      say(`ack ${n} delete ${id}`)
    }
  } finally {
    busy.delete(id)
  }
}

// Four lanes of requests in flight until the parent kills the process.
await Promise.all(
  Array.from({ length: 4 }, async () => {
    for (;;) await one()
  }),
)
