import { mkdir, writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg } from 'node:os'
import { benchBackups } from './backups.bench'
import { benchEncryption } from './encryption.bench'
import { benchHome } from './home.bench'
import { benchImport } from './import.bench'
import { benchPdf } from './pdf.bench'
import { benchRenderer } from './renderer.bench'
import { benchSearch } from './search.bench'
import { benchSessions, type SessionsSizeResult } from './sessions.bench'
import { benchSkills } from './skills.bench'
import { round } from './stats'

/**
 * `npm run bench`: runs every benchmark, prints a table, checks the targets, and writes
 * bench/results.json (not committed).
 *
 * To add a benchmark: import it and add one line to `benches`. It returns a flat object of numbers
 * (e.g. `{ skills_list_ms: 3.1 }`); its keys land at the top level of results.json.
 */
type Bench = () => Promise<Record<string, unknown>>

const log = (line: string): void => console.error(`… ${line}`)

const benches: Bench[] = [
  () => benchSessions({ log }),
  () => benchBackups({ log }),
  () => benchSkills(),
  // Home and the editor at 10,000 sessions in Chromium: needs the build (out/renderer).
  () => benchHome(log).then((r) => ({ ...r })),
  () => benchPdf(),
  () => benchRenderer(),
  () => benchSearch({ log }),
  // Encryption at rest at 10,000 sessions, against the same journal in plain form (tests/bench/encryption.bench.ts).
  () => benchEncryption({ log }),
  // A Day One ZIP of 10,000 entries into an empty journal, and its undo (tests/bench/import.bench.ts).
  () => benchImport(),
]

const SIZE_COLUMNS: Array<keyof SessionsSizeResult> = [
  'sessions',
  'bytes',
  'open_ms',
  'parse_ms',
  'save_p50_ms',
  'save_p95_ms',
  'floor_p95_ms',
  'floor_with_folder_fsync_p95_ms',
]

function roundAll(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : round(value)
  if (Array.isArray(value)) return value.map(roundAll)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundAll(v)]))
  }
  return value
}

function table(rows: SessionsSizeResult[]): string {
  const cells = [SIZE_COLUMNS.map(String), ...rows.map((row) => SIZE_COLUMNS.map((c) => String(row[c])))]
  const widths = SIZE_COLUMNS.map((_, i) => Math.max(...cells.map((line) => (line[i] ?? '').length)))
  const line = (values: string[]) => values.map((v, i) => v.padStart(widths[i] ?? 0)).join('  ')
  const [head, ...body] = cells
  return [line(head ?? []), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

interface Target {
  name: string
  ratio: number
  limit: number
}

function targets(sizes: SessionsSizeResult[], results: Record<string, unknown>): Target[] {
  const small = sizes.find((s) => s.sessions === 100)
  const large = sizes.find((s) => s.sessions === 10_000)
  if (!small || !large) return []
  const num = (key: string) => (typeof results[key] === 'number' ? results[key] : Number.NaN)
  return [
    { name: 'move p95 @10,000 / save p95 @10,000', ratio: num('move_p95_ms') / large.save_p95_ms, limit: 3 },
    // Not ratios, but read the same way: the measured value over its limit must stay <= 1.
    { name: 'daily backup @10,000 / 1,500 ms', ratio: num('backup_ms') / 1500, limit: 1 },
    {
      name: 'save p95 during a backup / (save p95 @10,000 + 50 ms)',
      ratio: num('save_during_backup_p95_ms') / (large.save_p95_ms + 50),
      limit: 1,
    },
    { name: 'save p95 @10,000 / save p95 @100', ratio: large.save_p95_ms / small.save_p95_ms, limit: 1.5 },
    { name: 'save p95 @10,000 / floor p95 @10,000', ratio: large.save_p95_ms / large.floor_p95_ms, limit: 2 },
    // Home and the session editor at 10,000 sessions (tests/bench/home.bench.ts).
    { name: 'Home first row @10,000 / 400 ms', ratio: num('home_first_row_ms') / 400, limit: 1 },
    { name: 'editor keystroke p95 @10,000 / 16 ms', ratio: num('keystroke_p95_ms') / 16, limit: 1 },
    { name: 'longest task while typing / 50 ms', ratio: num('keystroke_longest_task_ms') / 50, limit: 1 },
    { name: 'open @10,000 / parse @10,000', ratio: large.open_ms / large.parse_ms, limit: 2 },
    // Search over 10,000 sessions, 3,000 reflections and 500 skills (tests/bench/search.bench.ts).
    { name: 'search index build / 400 ms', ratio: num('search_index_ms') / 400, limit: 1 },
    { name: 'search p95 / 10 ms', ratio: num('search_p95_ms') / 10, limit: 1 },
    { name: 'search after a save p95 / 2 ms', ratio: num('search_update_ms') / 2, limit: 1 },
    // The first screen's scripts, gzip -9 (tests/bench/renderer.bench.ts).
    { name: 'first screen JS gzip / 200 KB', ratio: num('renderer_first_js_gzip') / 200_000, limit: 1 },
    {
      name: 'open encrypted / open plain @10,000',
      ratio: num('open_encrypted_ms') / num('open_plain_ms'),
      limit: 1.5,
    },
    {
      name: 'save encrypted p95 / save plain p95 @10,000',
      ratio: num('save_encrypted_p95_ms') / num('save_plain_p95_ms'),
      limit: 1.3,
    },
    { name: 'unlock (key derivation + unwrap) / 1,500 ms', ratio: num('unlock_ms') / 1500, limit: 1 },
    { name: '300 ms / unlock (not weaker than that)', ratio: 300 / num('unlock_ms'), limit: 1 },
    { name: 'turning encryption on @10,000 / 10 s', ratio: num('encrypt_10k_ms') / 10_000, limit: 1 },
    { name: 'Day One import @10,000 / 10 s', ratio: num('import_dayone_10k_ms') / 10_000, limit: 1 },
    {
      name: 'slowest progress answer while importing / 100 ms',
      ratio: num('import_progress_max_ms') / 100,
      limit: 1,
    },
  ]
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {}
  const loadBefore = loadavg()[0] ?? 0
  for (const bench of benches) Object.assign(results, await bench())
  // Other processes on the machine inflate every time measured; the load says how much to trust them.
  Object.assign(results, {
    cpus: availableParallelism(),
    load_1m_before: loadBefore,
    load_1m_after: loadavg()[0] ?? 0,
  })
  const rounded = roundAll(results) as Record<string, unknown>
  const sizes = (rounded.sizes ?? []) as SessionsSizeResult[]

  console.log(`\nSessions (times in ms)\n${table(sizes)}\n`)
  const others = Object.entries(rounded).filter(([key]) => key !== 'sizes')
  if (others.length > 0) {
    const width = Math.max(...others.map(([key]) => key.length))
    console.log(`${others.map(([key, value]) => `${key.padEnd(width)}  ${String(value)}`).join('\n')}\n`)
  }
  for (const t of targets(sizes, rounded)) {
    const verdict = t.ratio <= t.limit ? 'PASS' : 'MISS'
    console.log(`${verdict}  ${t.name} = ${t.ratio.toFixed(2)}× (target <= ${t.limit}×)`)
  }
  const large = sizes.find((s) => s.sessions === 10_000)
  if (large) {
    // The floor leaves out the folder fsync that makes a rename survive a power cut; the store keeps it.
    const ratio = large.save_p95_ms / large.floor_with_folder_fsync_p95_ms
    console.log(`info  save p95 @10,000 / (floor + folder fsync) p95 @10,000 = ${ratio.toFixed(2)}×`)
    const lowdb = rounded.lowdb_save_p95_ms
    if (typeof lowdb === 'number') {
      console.log(
        `info  lowdb JSONFile save p95 @10,000 / Tandem save p95 @10,000 = ${(lowdb / large.save_p95_ms).toFixed(1)}×`,
      )
    }
  }

  const load = Math.max(loadBefore, loadavg()[0] ?? 0)
  if (load > availableParallelism()) {
    console.log(
      `\nNote: the machine was busy (load ${load.toFixed(1)} on ${availableParallelism()} CPUs): times are inflated and ratios noisy.`,
    )
  }

  await mkdir('bench', { recursive: true })
  await writeFile('bench/results.json', `${JSON.stringify(rounded, null, 2)}\n`)
  console.log('\nWrote bench/results.json')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
