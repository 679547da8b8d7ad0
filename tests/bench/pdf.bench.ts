import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTandem } from '../../src/main/app'
import type { ExportJobStatus } from '../../src/shared/contract/export'
import type { Result } from '../../src/shared/errors'
import { launchChromiumBrowser } from '../e2e/runtime/chromium-runtime'
import { chromiumPrinter } from '../e2e/runtime/print-port'
import { findChromium } from '../e2e/runtime/select'

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

/** A year of sessions (one a day, with learned/shared text and action items), 2025-01-01 .. 2025-12-31. */
function yearOfDrafts(partnerId: string) {
  return Array.from({ length: 365 }, (_, i) => {
    const date = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10)
    return {
      date,
      partnerId,
      title: `Session ${i + 1}: ${['Miro boards', 'Prompting', 'Spreadsheets', 'Stakeholders', 'Retros'][i % 5]}`,
      topics: ['digital', `topic-${i % 7}`],
      notes: `Notes for day ${i + 1}.\n\n- point one\n- point **two**`,
      learned: `How to do thing ${i + 1} with *care*, step by step, and why it matters for the team.`,
      shared: `My experience with situation ${i + 1}, and what I would do differently next time.`,
      actionItems: [{ text: `Follow up ${i + 1}`, done: i % 2 === 0, due: null }],
      durationMinutes: 45,
      private: false,
    }
  })
}

/** The time to print a year of sessions to PDF in Chromium, and to the first progress update the screen can read. */
export async function benchPdf(): Promise<{ pdf_year_ms: number; pdf_first_progress_ms: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-bench-pdf-'))
  const chromium = findChromium()
  if (!chromium)
    throw new Error('The PDF benchmark needs Chromium: apt-get install -y chromium, or set TANDEM_CHROMIUM.')
  const browser = await launchChromiumBrowser(chromium)
  try {
    const tandem = await createTandem({
      dataDir,
      resourcesDir: 'resources',
      ports: {
        openExternal: async () => undefined,
        printToPdf: chromiumPrinter(browser),
        chooseSavePath: async (name) => join(dataDir, name),
      },
      clock: { now: () => new Date('2026-01-15T10:00:00Z') },
    })
    const partner = value<{ id: string }>(
      await tandem.router.handle('partners:create', { name: 'Sam', direction: 'both-ways' }),
    )
    const drafts = yearOfDrafts(partner.id)
    for (let i = 0; i < drafts.length; i += 50) {
      await Promise.all(drafts.slice(i, i + 50).map((d) => tandem.router.handle('sessions:create', d)))
    }
    // Warm up Chromium's printing path once, as the app's first export would after launch.
    await chromiumPrinter(browser)('<p>warm up</p>', {
      pageSize: 'A4',
      headerTemplate: '',
      footerTemplate: '',
    })

    const options = {
      period: { kind: 'this-year' as const, from: null, to: null },
      partnerId: null,
      sections: ['highlights', 'summary', 'sessions'],
      includePrivate: false,
      fullNotes: false,
      pageSize: 'A4' as const,
      author: 'Bench Mark',
      timeZone: 'UTC',
    }
    // "This year" of a clock in January 2026 would be empty: use the custom period of 2025.
    const year = { ...options, period: { kind: 'custom' as const, from: '2025-01-01', to: '2025-12-31' } }
    const started = performance.now()
    const job = value<{ jobId: string }>(await tandem.router.handle('export:start-pdf', year))
    let firstProgress: number | null = null
    let status: ExportJobStatus
    let last = ''
    for (;;) {
      status = value<ExportJobStatus>(await tandem.router.handle('export:progress', { jobId: job.jobId }))
      if (firstProgress === null && status.percent > 0) firstProgress = performance.now() - started
      if (process.env.TRACE && status.label !== last) {
        last = status.label
        console.log(Math.round(performance.now() - started), status.label)
      }
      if (status.done) break
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const total = performance.now() - started
    if (status.stage !== 'done') throw new Error(`The PDF export failed: ${status.error}`)
    await tandem.close()
    return {
      pdf_year_ms: Math.round(total),
      pdf_first_progress_ms: Math.round((firstProgress ?? total) * 10) / 10,
    }
  } finally {
    await browser.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

// Run directly: npx tsx tests/bench/pdf.bench.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  benchPdf().then((r) => console.log(JSON.stringify(r)))
}
