import { readFile } from 'node:fs/promises'
import { PDFDocument } from '@cantoo/pdf-lib'
import { describe, expect, test } from 'vitest'
import type { PrintOptions } from '../../src/main/context'
import type { ExportJobStatus, MarkdownExportResult } from '../../src/shared/contract/export'
import { addSession, answerOf, engine, reportOptions } from './export-helpers'

/** A printer that keeps the HTML it was given and answers a real (blank) PDF, so the export runs to the end. */
function recordingPrinter() {
  const printed: Array<{ html: string; options: PrintOptions }> = []
  return {
    printed,
    async print(html: string, options: PrintOptions): Promise<Uint8Array> {
      printed.push({ html, options })
      const doc = await PDFDocument.create()
      doc.addPage()
      return doc.save()
    },
  }
}

const NOTES = '## Profile\n\nWhat to put in it.\n\n# Big heading\n\nText.'

async function journal() {
  const printer = recordingPrinter()
  const { tandem } = await engine('2026-11-10T09:00:00Z', { printToPdf: printer.print })
  await addSession(tandem, {
    date: '2026-10-02',
    title: 'LinkedIn profile',
    learned: NOTES,
    notes: '### Next time\n\nAsk about headlines.',
    actionItems: [
      { text: 'Write the headline', done: true, due: null },
      { text: 'Add a photo', done: false, due: null },
    ],
  })
  await tandem.router.handle('reflections:create', {
    date: '2026-10-03',
    promptId: null,
    answer: '# Why it mattered\n\nI felt seen.',
    confidence: 4,
    sessionId: null,
    goalIds: [],
    skillIds: [],
    private: false,
  })
  return { tandem, printer }
}

const options = { ...reportOptions, sections: ['summary', 'sessions', 'reflections'], fullNotes: true }

describe('the report’s typography', () => {
  test('headings written in notes and answers sit below the report’s own; done items are struck through', async () => {
    const { tandem, printer } = await journal()
    const job = answerOf<{ jobId: string }>(await tandem.router.handle('export:start-pdf', options))
    for (;;) {
      const status = answerOf<ExportJobStatus>(await tandem.router.handle('export:progress', job))
      if (status.done) {
        expect(status.error).toBeNull()
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const html = printer.printed.find((p) => p.html.includes('LinkedIn profile'))?.html ?? ''
    const session = html.slice(html.indexOf('<article class="session">'), html.indexOf('</article>'))
    expect(session).toContain('<h3 id="session-')
    // "# Big heading" in the text becomes h5 under the block's h4 label, "## Profile" h6: never h1 to h4.
    expect(session).toContain('<h5>Big heading</h5>')
    expect(session).toContain('<h6>Profile</h6>')
    expect(session).toContain('<h6>Next time</h6>')
    expect(session).not.toMatch(/<h[124]>(Profile|Big heading|Next time)/)
    expect(session).toContain(
      '<li class="done"><span class="box">✓</span><span class="item-text">Write the headline</span>',
    )
    expect(session).toContain(
      '<li class="open"><span class="box"></span><span class="item-text">Add a photo</span>',
    )
    // Under the reflection's h3, its answer's top heading is an h4.
    expect(html).toContain('<h4>Why it mattered</h4>')
    // The style strikes done items through in the text colour, not pale grey.
    expect(html).toMatch(/li\.done \.item-text \{ text-decoration: line-through;/)
    expect(html).not.toMatch(/li\.done \{ color: #[0-9a-f]{6}; \}/)
    // The title page is printed on its own, without the running footer.
    const title = printer.printed.find((p) => p.options.headerFooter === false)
    expect(title?.html).toContain('<section class="title-page">')
    expect(title?.html).not.toContain('<article')
    expect(printer.printed.filter((p) => p.options.headerFooter === false)).toHaveLength(1)
    // This blank PDF has no contents links to write numbers into: the report was printed again with them.
    expect(printer.printed.filter((p) => p.html.includes('class="toc"')).length).toBeGreaterThanOrEqual(2)
  })

  test('the Markdown export moves the same headings below its own, in one file and in a folder', async () => {
    const { tandem } = await journal()
    const single = answerOf<MarkdownExportResult>(
      await tandem.router.handle('export:markdown', { ...options, layout: 'single-file' }),
    )
    const text = await readFile(single.path, 'utf8')
    // The report is "#", sections "##", each session and reflection "###": their text starts at "####".
    expect(text).toMatch(/^### .* — LinkedIn profile$/m)
    expect(text).toContain('\n##### Profile\n')
    expect(text).toContain('\n#### Big heading\n')
    expect(text).toContain('\n###### Next time\n')
    expect(text).toMatch(/^### .* — Free reflection\n\n#### Why it mattered\n\nI felt seen\.$/m)
    expect(text).not.toMatch(/^#{1,3} (Profile|Big heading|Next time|Why it mattered)$/m)

    const folder = answerOf<MarkdownExportResult>(
      await tandem.router.handle('export:markdown', { ...options, layout: 'folder' }),
    )
    const file = await readFile(`${folder.path}/sessions/2026-10-02-linkedin-profile.md`, 'utf8')
    // A session's own file has it as "#": its text starts at "##".
    expect(file).toMatch(/^# .* — LinkedIn profile$/m)
    expect(file).toContain('\n### Profile\n')
    expect(file).toContain('\n## Big heading\n')
  })
})
