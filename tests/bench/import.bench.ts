/**
 * Import benchmark: a Day One ZIP of 10,000 entries (three years, tags, a photo on every tenth) brought
 * into an empty journal through the router, as the Import card does it.
 *   import_dayone_10k_ms        choosing the file (read + preview) to the job's "done": backup, ledger, writes
 *   import_dayone_pick_ms       the read and the preview alone
 *   import_progress_max_ms      the slowest answer to `import:progress` while it writes (the window stays responsive)
 *   import_progress_steps       how many different percentages the polls saw (progress is shown, not a jump to 100)
 *   import_undo_10k_ms          undoing the whole import
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { createTandem } from '../../src/main/app'
import type { ImportJobStatus, ImportPreview } from '../../src/shared/contract/import'
import type { Result } from '../../src/shared/errors'

const ENTRIES = 10_000

function dayOneJournal(): string {
  const start = Date.UTC(2023, 0, 1, 9, 0, 0)
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({
    uuid: `${i.toString(16).padStart(8, '0')}AAAA4BBB8CCCDDDDEEEEFFFF`,
    creationDate: new Date(start + i * 2.6 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    timeZone: i % 3 === 0 ? 'America/New_York' : 'Europe/London',
    starred: i % 17 === 0,
    tags: [`topic ${i % 40}`, ...(i % 5 === 0 ? ['mentoring'] : [])],
    text: `Entry ${i}: what we covered\n\nWe talked through step ${i % 12} of the plan\\. ${'She showed me a shortcut and I explained the budget process. '.repeat(6)}\n\n- one thing\n- another thing`,
    ...(i % 10 === 0 ? { photos: [{ identifier: `P${i}`, type: 'jpeg' }] } : {}),
  }))
  return JSON.stringify({ metadata: { version: '1.0' }, entries })
}

function answerOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

export async function benchImport(): Promise<Record<string, number>> {
  const work = await mkdtemp(join(tmpdir(), 'tandem-bench-import-'))
  try {
    const zip = join(work, 'Day One.zip')
    await writeFile(zip, zipSync({ 'Journal.json': strToU8(dayOneJournal()) }))
    const tandem = await createTandem({
      dataDir: join(work, 'journal'),
      resourcesDir: 'resources',
      ports: { openExternal: async () => undefined, chooseOpenPath: async () => zip },
      log: () => undefined,
    })
    const start = performance.now()
    const preview = answerOf<ImportPreview>(await tandem.router.handle('import:pick', { source: 'dayone' }))
    const picked = performance.now()
    if (preview.toImport !== ENTRIES)
      throw new Error(`expected ${ENTRIES} entries, the preview has ${preview.toImport}`)
    const mapping = {
      as: 'sessions',
      partner: { kind: 'new', name: 'Priya' },
      tagsAsTopics: true,
      duplicates: 'skip',
    }
    const { jobId } = answerOf<{ jobId: string }>(
      await tandem.router.handle('import:start', { token: preview.token, mapping }),
    )
    let slowest = 0
    const seen = new Set<number>()
    for (;;) {
      const asked = performance.now()
      const status = answerOf<ImportJobStatus>(await tandem.router.handle('import:progress', { jobId }))
      slowest = Math.max(slowest, performance.now() - asked)
      seen.add(Math.round(status.percent))
      if (status.done) {
        if (status.error) throw new Error(status.error)
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const done = performance.now()
    const history = answerOf<Array<{ id: string }>>(await tandem.router.handle('import:history', undefined))
    const undoStart = performance.now()
    answerOf(await tandem.router.handle('import:undo', { importId: history[0]?.id ?? '' }))
    const undone = performance.now()
    await tandem.close()
    return {
      import_dayone_10k_ms: done - start,
      import_dayone_pick_ms: picked - start,
      import_progress_max_ms: slowest,
      import_progress_steps: seen.size,
      import_undo_10k_ms: undone - undoStart,
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
