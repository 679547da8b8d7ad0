import { readdir } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import type { PrintOptions } from '../../src/main/context'
import type { ExportJobStatus } from '../../src/shared/contract/export'
import { addSession, answerOf, engine, errorOf, reportOptions } from './export-helpers'

/** A printer that never finishes on its own: it ends when the export is cancelled. */
function stuckPrinter(calls: PrintOptions[]) {
  return (_html: string, options: PrintOptions) =>
    new Promise<Uint8Array>((_resolve, reject) => {
      calls.push(options)
      options.signal?.addEventListener('abort', () => reject(new Error('closed')))
    })
}

async function pollUntil(check: () => Promise<ExportJobStatus>, done: (s: ExportJobStatus) => boolean) {
  for (let i = 0; i < 200; i++) {
    const status = await check()
    if (done(status)) return status
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('the export never got there')
}

describe('PDF export jobs', () => {
  test('report progress at once, can be cancelled, and then save nothing', async () => {
    const calls: PrintOptions[] = []
    const { tandem, outDir } = await engine('2026-11-10T09:00:00Z', { printToPdf: stuckPrinter(calls) })
    await addSession(tandem, { date: '2026-10-02', title: 'One' })
    const started = performance.now()
    const job = answerOf<{ jobId: string }>(await tandem.router.handle('export:start-pdf', reportOptions))
    const progress = () => tandem.router.handle('export:progress', job).then(answerOf<ExportJobStatus>)
    const first = await progress()
    expect(first.percent).toBeGreaterThan(0)
    expect(performance.now() - started).toBeLessThan(100)
    // The engine keeps answering while the job runs.
    await pollUntil(progress, (s) => s.stage === 'laying-out')
    expect(answerOf<unknown[]>(await tandem.router.handle('sessions:list', undefined))).toHaveLength(1)
    // The one print with the running footer: its page numbers are written into the contents afterwards.
    expect(calls[0]).toMatchObject({ pageSize: 'A4' })
    expect(calls[0]?.headerFooter).toBeUndefined()

    await tandem.router.handle('export:cancel', job)
    const end = await pollUntil(progress, (s) => s.done)
    expect(end).toMatchObject({
      stage: 'cancelled',
      outputPath: null,
      error: 'The export was cancelled. Nothing was saved.',
    })
    expect(await readdir(outDir)).toEqual([])
    expect(errorOf(await tandem.router.handle('export:open-output', job)).message).toBe(
      'That PDF is not ready.',
    )
  })

  test('a printer failure ends the job with a message, not a hang', async () => {
    const { tandem } = await engine('2026-11-10T09:00:00Z', {
      printToPdf: async () => {
        throw new Error('renderer crashed')
      },
    })
    const job = answerOf<{ jobId: string }>(await tandem.router.handle('export:start-pdf', reportOptions))
    const end = await pollUntil(
      () => tandem.router.handle('export:progress', job).then(answerOf<ExportJobStatus>),
      (s) => s.done,
    )
    expect(end.stage).toBe('failed')
    expect(end.error).toMatch(/Nothing was saved/)
  })

  test('a cancelled save dialog starts nothing', async () => {
    const { tandem } = await engine('2026-11-10T09:00:00Z', {
      printToPdf: async () => new Uint8Array(),
      chooseSavePath: async () => null,
    })
    expect(answerOf(await tandem.router.handle('export:start-pdf', reportOptions))).toBeNull()
  })

  test('the request is checked: custom dates in the wrong order are refused at the field', async () => {
    const { tandem } = await engine('2026-11-10T09:00:00Z')
    const error = errorOf(
      await tandem.router.handle('export:preview', {
        ...reportOptions,
        period: { kind: 'custom', from: '2026-05-01', to: '2026-04-01' },
      }),
    )
    expect(error).toMatchObject({
      code: 'invalid-input',
      message: 'The last day comes before the first day.',
    })
    expect((error as { field?: string }).field).toBe('period.to')
  })
})
