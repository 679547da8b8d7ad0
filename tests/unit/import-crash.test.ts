import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { ImportRecord } from '../../src/shared/contract/import'
import type { SessionSummary } from '../../src/shared/domain/session'
import { buildCrashChild, openEngine } from '../crash/crash-loop'
import { killChildAfterReady } from '../crash/kill-child'

const ENTRIES = 3000
let work = ''
let zip = ''

beforeAll(async () => {
  await buildCrashChild()
  work = await mkdtemp(join(tmpdir(), 'tandem-import-crash-'))
  zip = join(work, 'Day One.zip')
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({
    uuid: `${i.toString(16).padStart(8, '0')}AAAA4BBB8CCCDDDDEEEEFFFF`,
    creationDate: new Date(Date.UTC(2022, 0, 1) + i * 7 * 3_600_000).toISOString(),
    timeZone: 'Europe/London',
    tags: [`topic ${i % 9}`],
    text: `Imported entry ${i}\n\n${'A line the crash must not half-write. '.repeat(8)}`,
  }))
  await writeFile(zip, zipSync({ 'Journal.json': strToU8(JSON.stringify({ entries })) }))
}, 60_000)

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

async function call<T>(
  tandem: Awaited<ReturnType<typeof openEngine>>,
  channel: string,
  input?: unknown,
): Promise<T> {
  const result = await tandem.router.handle(channel as never, input as never)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

it('an import killed with SIGKILL while it writes leaves the journal whole, and one undo takes out every record it wrote', async () => {
  // Killed during the backup, and at moments of the writing from its first records to near its end.
  const kills: Array<{ trigger: string; ms: number }> = [
    { trigger: 'ready', ms: 0 },
    { trigger: 'writing', ms: 0 },
    { trigger: 'writing', ms: 15 },
    { trigger: 'writing', ms: 60 },
    { trigger: 'writing', ms: 150 },
  ]
  let midway = 0
  for (const [cycle, kill] of kills.entries()) {
    const dataDir = await mkdtemp(join(work, `journal-${cycle}-`))
    const before = await openEngine(dataDir, null)
    const mine = await call<{ id: string }>(before, 'sessions:create', {
      date: '2022-03-10',
      partnerId: null,
      title: 'Written by me before the import',
      topics: [],
      notes: 'Mine, and it stays.',
      learned: '',
      shared: '',
      actionItems: [],
      durationMinutes: null,
      private: false,
    })
    await before.close()

    await killChildAfterReady(dataDir, [zip, '1', '-', 'import'], kill.ms, () => undefined, kill.trigger)

    const after = await openEngine(dataDir, null, zip)
    try {
      // The journal opens with nothing set aside, and what was there before is untouched.
      const status = await call<{ problems: unknown[] }>(after, 'journal:status')
      expect(status.problems, `cycle ${cycle}`).toEqual([])
      const mineAfter = await call<{ notes: string }>(after, 'sessions:get', { id: mine.id })
      expect(mineAfter.notes).toBe('Mine, and it stays.')
      const sessions = await call<SessionSummary[]>(after, 'sessions:list')
      const imported = sessions.length - 1
      if (imported > 0 && imported < ENTRIES) midway++
      if (process.env.IMPORT_CRASH_LOG)
        console.log(`cycle ${cycle}: ${imported} of ${ENTRIES} written when killed`)
      const history = await call<ImportRecord[]>(after, 'import:history')
      if (history.length === 0) {
        // Killed before the ledger was written: nothing of the import is in the journal.
        expect(imported, `cycle ${cycle}`).toBe(0)
        continue
      }
      // Every session the import wrote is one the ledger names, so undo finds them all.
      expect(history[0]?.sessions).toBe(ENTRIES)
      if (history[0]?.finishedAt === null) {
        // A cut-short import does not mark the whole file as imported: what landed is found by date
        // and title, the rest is offered again.
        const again = await call<{ toImport: number; duplicates: Array<{ why: string }> }>(
          after,
          'import:pick',
          {
            source: 'dayone',
          },
        )
        expect(again.duplicates.every((d) => d.why === 'same-date-and-title')).toBe(true)
        expect(again.toImport).toBe(ENTRIES - imported)
      }
      await call(after, 'import:undo', { importId: history[0]?.id })
      const left = await call<SessionSummary[]>(after, 'sessions:list')
      expect(
        left.map((s) => s.id),
        `cycle ${cycle}`,
      ).toEqual([mine.id])
      const partners = await call<Array<{ name: string }>>(after, 'partners:list')
      expect(partners).toEqual([])
    } finally {
      await after.close()
    }
  }
  // The kills really landed while records were being written.
  expect(midway).toBeGreaterThan(0)
}, 240_000)
