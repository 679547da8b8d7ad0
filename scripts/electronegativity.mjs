// Runs Electronegativity (Electron security anti-patterns) on src/ and package.json, offline, and
// compares what it finds with the reviewed list in .electronegativity-accepted.json. A finding not on
// the list, or a listed one no longer found, fails the run: the list stays exactly what was reviewed.
// A finding is matched by check, file and the trimmed source line, not the line number, so moving
// code does not need a new review and a second call of the same kind in a file does.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const ACCEPTED_FILE = '.electronegativity-accepted.json'
// Its only check that needs the network (Electron release notes); `npm audit` and upgrades cover it.
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

const key = (f) => `${f.check} ${f.file} ${f.code}`

async function sourceLine(root, file, line) {
  if (file === 'N/A' || line < 1) return ''
  const text = await readFile(join(root, file), 'utf8')
  return (text.split('\n')[line - 1] ?? '').trim()
}

async function scan() {
  const stage = await mkdtemp(join(tmpdir(), 'tandem-electronegativity-'))
  try {
    await cp('src', join(stage, 'src'), { recursive: true })
    await cp('package.json', join(stage, 'package.json'))
    const report = join(tmpdir(), `tandem-electronegativity-${process.pid}.csv`)
    const run = require('./electronegativity-offline.cjs')
    const result = await run({
      input: stage,
      output: report,
      isRelative: true,
      excludeFromScan: SKIPPED_CHECKS,
    })
    const findings = []
    for (const issue of result.issues) {
      findings.push({
        check: issue.id,
        file: issue.file,
        code: await sourceLine(stage, issue.file, issue.location.line),
        line: issue.location.line,
        description: issue.description,
      })
    }
    return { findings, errors: result.errors, report }
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}

const accepted = JSON.parse(await readFile(ACCEPTED_FILE, 'utf8')).accepted
const unexplained = accepted.filter((a) => typeof a.reason !== 'string' || a.reason.trim() === '')
const { findings, errors, report } = await scan()
const acceptedKeys = new Set(accepted.map(key))
const foundKeys = new Set(findings.map(key))
const fresh = findings.filter((f) => !acceptedKeys.has(key(f)))
const stale = accepted.filter((a) => !foundKeys.has(key(a)))

for (const error of errors) console.error(`electronegativity could not check ${error.file}: ${error.message}`)
for (const f of fresh) {
  console.error(`new finding: ${f.check} at ${f.file}:${f.line} (${f.description})`)
  console.error(`  fix it, or add to ${ACCEPTED_FILE} after review:`)
  console.error(`  ${JSON.stringify({ check: f.check, file: f.file, code: f.code, reason: '...' })}`)
}
for (const a of stale) console.error(`accepted but no longer found (remove it): ${key(a)}`)
for (const a of unexplained) console.error(`accepted without a reason: ${key(a)}`)

if (errors.length + fresh.length + stale.length + unexplained.length > 0) {
  console.error(`electronegativity: failed (full report: ${report})`)
  process.exit(1)
}
console.log(`electronegativity: ${findings.length} findings, all reviewed in ${ACCEPTED_FILE}`)
await rm(report, { force: true })
