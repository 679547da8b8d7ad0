/**
 * `npm run stress`: the crash loop at length (CRASH_CYCLES, default 1,000), with a summary table.
 * `npm test` runs a bounded 50-cycle version (tests/unit/store-crash-loop.test.ts).
 */
import { buildCrashChild, runCrashLoop } from './crash-loop'

const cycles = Number(process.env.CRASH_CYCLES ?? 1000)
const started = Date.now()
await buildCrashChild()
const summary = await runCrashLoop({ cycles, seed: Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31) })
const rows: Array<[string, number | string]> = [
  ['kill cycles', summary.cycles],
  ['acknowledged saves', summary.acknowledged],
  ['lost', summary.lost],
  ['duplicated', summary.duplicated],
  ['unopened or damaged', summary.unopened],
  ['sessions at the end', summary.sessions],
  ['seconds', ((Date.now() - started) / 1000).toFixed(1)],
]
for (const [name, value] of rows) console.log(`${name.padEnd(22)} ${String(value).padStart(8)}`)
for (const failure of summary.failures.slice(0, 20)) console.log(`  ${failure}`)
process.exitCode = summary.failures.length === 0 ? 0 : 1
