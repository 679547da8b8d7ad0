/**
 * `npm run stress`: the crash loop (CRASH_CYCLES, default 1,000) and the damage fuzz (FUZZ_CASES, default
 * 5,000) at length, with a summary table. `npm test` runs bounded versions of both
 * (tests/unit/store-crash-loop.test.ts, tests/unit/store-damage-fuzz.test.ts).
 */
import { buildCrashChild, runCrashLoop } from './crash-loop'
import { runDamageFuzz } from './damage-fuzz'

const cycles = Number(process.env.CRASH_CYCLES ?? 1000)
const started = Date.now()
await buildCrashChild()
const summary = await runCrashLoop({ cycles, seed: Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31) })
const crashSeconds = (Date.now() - started) / 1000
const fuzzStarted = Date.now()
const fuzz = await runDamageFuzz({
  cases: Number(process.env.FUZZ_CASES ?? 5000),
  seed: Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31),
})
const rows: Array<[string, number | string]> = [
  ['kill cycles', summary.cycles],
  ['acknowledged saves', summary.acknowledged],
  ['lost', summary.lost],
  ['duplicated', summary.duplicated],
  ['unopened or damaged', summary.unopened],
  ['sessions at the end', summary.sessions],
  ['crash loop seconds', crashSeconds.toFixed(1)],
  ['damaged journals', fuzz.cases],
  ['files mutated', fuzz.filesMutated],
  ['set aside, bytes kept', fuzz.setAside],
  ['newer, left alone', fuzz.newerLeftAlone],
  ['still readable', fuzz.stillValid],
  ['unopened', fuzz.unopened],
  ['fuzz seconds', ((Date.now() - fuzzStarted) / 1000).toFixed(1)],
]
for (const [name, value] of rows) console.log(`${name.padEnd(22)} ${String(value).padStart(8)}`)
const failures = [...summary.failures, ...fuzz.failures]
for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`)
process.exitCode = failures.length === 0 ? 0 : 1
