import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { addDays } from '../../src/shared/domain/common'
import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { pageCountOf, pdfInfo, pdfOutline, pdfText } from './models/export'
import { shoot, smallWindow } from './models/screens'
import { seedJournal } from './seed'

test('a PDF progress report of this year: title page, contents with page numbers, sessions, nothing private', async ({
  app,
}) => {
  const { page, sessions, goals } = app
  const year = new Date().getFullYear()
  await sessions.log({
    title: 'Miro basics with Sam',
    partner: 'Sam Okafor',
    topics: ['Miro'],
    learned: 'How to run **dot voting** on a board.',
    shared: 'How I run a retro people enjoy.',
  })
  await sessions.log({ title: 'Spreadsheet pivots', partner: 'Sam Okafor', learned: 'Pivot tables.' })
  await sessions.log({ title: 'Salary worries', partner: 'Sam Okafor', private: true })
  await sessions.log({ title: 'An old conversation', date: `${year - 1}-06-01` })
  // A goal with a milestone and a check-in, and one kept out of exports.
  await goals.create({ title: 'Find speakers on LinkedIn', milestones: [{ text: 'Set up a saved search' }] })
  await expect(app.nav.status).toHaveText('Saved')
  await goals.checkIn('The saved search found twelve people.')
  await expect(page.getByRole('list', { name: 'Check-ins' })).toContainText('twelve people')
  await goals.create({ title: 'Ask for a raise' })
  await page.getByLabel('Keep out of exports').check()
  await expect(app.nav.status).toHaveText('Saved')
  await app.skills.create('Dot voting on Miro')
  await app.reflections.answerPromptOfTheDay('I want to ask how they keep up with news.')

  await app.export.open()
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible()
  await app.export.choosePeriod('This year')
  await page.getByLabel('Your name (title page)').fill('Alex Doe')
  await page.getByRole('radio', { name: 'A4' }).check()
  await expect(page.getByRole('checkbox', { name: 'Goals', exact: true })).toBeChecked()
  await expect(page.getByText(/2 sessions \(1 private left out\)/)).toBeVisible()
  await mkdir('test-results/screens', { recursive: true })
  await page.screenshot({ path: 'test-results/screens/export-light.png', fullPage: true })

  await app.export.exportPdf()
  const result = app.export.result('Saved')
  await expect(result).toContainText(/Saved \d+ pages to/, { timeout: 30_000 })
  await page.getByRole('button', { name: 'Open the PDF' }).click()
  await expect.poll(() => app.openedPaths.length).toBe(1)
  const pdf = app.openedPaths[0] ?? ''
  expect(pdf.startsWith(app.exportDir)).toBe(true)

  const text = pdfText(pdf)
  expect(text).toContain('Mentoring progress report')
  expect(text).toContain('Alex Doe')
  // The period's first day, written as this computer writes dates (the page's own locale, through Intl).
  const firstDay = await page.evaluate(
    (y) =>
      new Intl.DateTimeFormat(navigator.language, {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }).format(Date.UTC(y, 0, 1)),
    year,
  )
  expect(text).toContain(firstDay)
  expect(text).toContain('Miro basics with Sam')
  expect(text).toContain('Spreadsheet pivots')
  expect(text).toContain('dot voting')
  expect(text).toContain('Sam Okafor')
  expect(text).toContain('Find speakers on LinkedIn')
  expect(text).toContain('Set up a saved search')
  expect(text).toContain('The saved search found twelve people.')
  expect(text).toContain('Dot voting on Miro')
  expect(text).toContain('I want to ask how they keep up with news.')
  expect(text).not.toContain('Salary worries')
  expect(text).not.toContain('Ask for a raise')
  expect(text).not.toContain('An old conversation')
  const pages = pageCountOf(pdf)
  expect(pages).toBeGreaterThanOrEqual(4)
  expect(pages).toBeLessThanOrEqual(9)
  await expect(result).toContainText(`Saved ${pages} pages`)
  const info = pdfInfo(pdf)
  expect(info).toMatch(/Page size:.*\(A4\)/)
  // Its document properties say what it is and who made it, and that Tandem wrote it.
  const version = JSON.parse(await readFile('package.json', 'utf8')).version as string
  expect(info).toMatch(/^Title:\s+Mentoring progress report$/m)
  expect(info).toMatch(/^Author:\s+Alex Doe$/m)
  expect(info).toMatch(/^Subject:\s+.*mentoring sessions, goals and skills$/m)
  expect(info).toMatch(new RegExp(`^Creator:\\s+Tandem ${version.replaceAll('.', '\\.')}$`, 'm'))
  // Bookmarks: every section, the months of the Sessions section, and each session under its month.
  const outline = pdfOutline(pdf)
  for (const title of ['Summary', 'Goals', 'Skills', 'Reflections', 'Sessions']) {
    expect(outline, outline.join('\n')).toContain(title)
  }
  const sessionsAt = outline.indexOf('Sessions')
  expect(outline[sessionsAt + 1], outline.join('\n')).toMatch(/^ {2}\S/)
  expect(
    outline.some((line) => /^ {4}.*· Miro basics with Sam$/.test(line)),
    outline.join('\n'),
  ).toBe(true)
  expect(outline.join('\n')).not.toContain('Salary worries')

  // The title page names the partner and carries no running footer; the pages after it do.
  const cover = pdfText(pdf, 1)
  expect(cover).toMatch(/MENTORING PARTNER\s+Sam Okafor/i)
  expect(cover).toMatch(/PREPARED BY\s+Alex Doe/i)
  expect(cover).not.toMatch(/Page 1 of/)
  expect(pdfText(pdf, 2)).toMatch(new RegExp(`Page 2 of ${pages}`))

  // The contents page lists each section with the page it starts on, and that page really has it.
  const contents = pdfText(pdf, 2)
  expect(contents).toContain('Contents')
  for (const [title, heading] of [
    ['Highlights', /What I learned/i],
    ['Summary', /sessions held/i],
    ['Goals', /Find speakers on LinkedIn/],
    ['Skills', /Dot voting on Miro/],
    ['Reflections', /keep up with news/],
    ['Sessions', /Spreadsheet pivots/],
  ] as const) {
    const line = new RegExp(`^\\s*${title}[ .]*?(\\d+)\\s*$`, 'm').exec(contents)
    expect(line, `${title} in the contents`).not.toBeNull()
    const at = Number(line?.[1])
    expect(at).toBeGreaterThan(2)
    expect(pdfText(pdf, at)).toMatch(heading)
  }
  // The highlights page comes right after the contents: the period in numbers and lines quoted from the ledger.
  const highlights = pdfText(pdf, 3)
  expect(highlights).toMatch(/^\s*Highlights\s*$/m)
  expect(highlights).toMatch(/^\s*2\s[\s\S]*SESSIONS HELD/im)
  expect(highlights).toContain('How to run dot voting on a board.')
  expect(highlights).toContain('How I run a retro people enjoy.')
  expect(highlights).toMatch(/MOST DISCUSSED[\s\S]*Miro · 1 session/i)
  expect(highlights).not.toContain('Salary worries')
  expect(pdfText(pdf, 4)).toMatch(/Goals achieved[\s\S]*Sessions by partner[\s\S]*Sam Okafor\s+2\b/i)
  // The summary draws the year's sessions per month as a chart (static SVG, its labels real text);
  // in January "this year" is one month, and one bar is no chart.
  if (new Date().getMonth() > 0) expect(pdfText(pdf, 4)).toMatch(/\n\s*Sessions per month\s*\n/)
  // Running footers with page numbers.
  expect(pdfText(pdf, 4)).toMatch(/Page 4 of \d+/)

  const shots = join('test-results', 'screens', 'export-pdf')
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, shots])

  await app.export.exportMarkdown()
  await expect(app.export.result('Markdown')).toContainText('Saved 3 Markdown files')
  const folder = (await readdir(app.exportDir)).find((name) => name.startsWith('tandem-export-')) ?? ''
  const files = await readdir(join(app.exportDir, folder, 'sessions'))
  expect(files).toHaveLength(2)
  const miro = await readFile(
    join(app.exportDir, folder, 'sessions', files.find((f) => f.includes('miro')) ?? ''),
    'utf8',
  )
  expect(miro).toMatch(
    /^---\ntitle: "Miro basics with Sam"\ndate: \d{4}-\d{2}-\d{2}\npartner: "Sam Okafor"\ntags: \["Miro"\]/,
  )

  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'test-results/screens/export-dark.png', fullPage: true })
})

test('a JSON backup restores into a fresh journal, after asking', async ({ app }) => {
  const { sessions } = app
  await sessions.log({ title: 'Worth keeping', partner: 'Kim Lee', learned: 'Keyboard shortcuts.' })
  await app.export.open()
  await app.export.backUp()
  await expect(app.export.result('Backup saved')).toBeVisible()
  const backup = (await readdir(app.exportDir)).find((name) => name.startsWith('tandem-backup-')) ?? ''
  expect(backup).toMatch(/\.json$/)

  const page = await app.restartWithFreshJournal()
  await sessions.openList()
  await expect(sessions.emptyJournal).toBeVisible()
  await app.export.open()
  const dialog = await app.export.askToRestore(join(app.exportDir, backup))
  await expect(dialog).toContainText('holds 1 session')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  await app.export.askToRestore(join(app.exportDir, backup))
  await expect(dialog).toBeVisible()
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'test-results/screens/export-restore-dialog-dark.png' })
  await page.emulateMedia({ colorScheme: 'light' })
  await dialog.getByRole('button', { name: 'Restore' }).click()
  const done = app.export.result('Journal restored')
  await expect(done).toContainText(join(app.dataDir, 'backups'))
  await page.screenshot({ path: 'test-results/screens/export-restored-light.png', fullPage: true })

  await sessions.open('Worth keeping')
  await expect(page.getByLabel('What I learned', { exact: true })).toHaveValue('Keyboard shortcuts.')
  await expect(page.getByLabel('Partner')).toHaveValue(/.+/)

  // And it is on disk: it survives a restart.
  await app.restart()
  await sessions.openList()
  await expect(sessions.row('Worth keeping')).toBeVisible()
})

test('a broken backup is refused with a clear message and nothing changes', async ({ app }) => {
  const { page, sessions } = app
  await sessions.log({ title: 'Still here' })
  await app.export.open()
  const broken = join(app.exportDir, 'broken.json')
  await writeFile(broken, '{"format": "tandem-backup", "backupVersion": 1, "createdAt": "2026-01-0')
  await app.export.askToRestore(broken)
  await expect(page.getByRole('alert')).toContainText('not readable JSON')
  await expect(page.getByRole('alert')).toContainText('Your journal was not changed.')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  const other = join(app.exportDir, 'notes.json')
  await writeFile(other, JSON.stringify({ notes: ['not a backup'] }))
  await app.export.askToRestore(other)
  await expect(page.getByRole('alert')).toContainText('This file is not a Tandem backup.')
  await page.screenshot({ path: 'test-results/screens/export-refused-light.png', fullPage: true })
  // The day's automatic backup may be there (the session above was the day's first change); a refused
  // restore saves no copy of the journal.
  const kept = existsSync(join(app.dataDir, 'backups')) ? await readdir(join(app.dataDir, 'backups')) : []
  expect(kept.filter((name) => name.startsWith('before-restore'))).toEqual([])

  await sessions.openList()
  await expect(sessions.row('Still here')).toBeVisible()
})

test('a long PDF export shows progress, keeps the screen responsive, and can be cancelled', async ({
  app,
}) => {
  // A year of sessions, one a day, from the benchmark's generator: none private, no notes to print.
  const make = recordMaker()
  const first = `${new Date().getFullYear() - 1}-01-01`
  const sessions = Array.from({ length: 365 }, (_, day) =>
    make.session({ date: addDays(first, day), title: `Day ${day + 1}`, notes: '', private: false }),
  )
  await seedJournal(app.dataDir, { sessions })
  const page = await app.restart()
  await app.export.open()
  await app.export.choosePeriod('All time')
  await expect(page.getByText(/365 sessions/)).toBeVisible()
  await app.export.exportPdf()
  const progress = page.getByRole('progressbar', { name: 'PDF export progress' })
  await expect(progress).toBeVisible()
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0)
  // The screen answers while the PDF is made.
  await page.getByLabel('Your name (title page)').fill('Still typing')
  await expect(page.getByLabel('Your name (title page)')).toHaveValue('Still typing')
  await page.screenshot({ path: 'test-results/screens/export-progress-light.png', fullPage: true })
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.export.result('cancelled')).toHaveText('The export was cancelled. Nothing was saved.', {
    timeout: 20_000,
  })
  await expect(progress).toBeHidden()
  expect((await readdir(app.exportDir)).filter((name) => name.endsWith('.pdf'))).toEqual([])
})

test('a starred ledger line leads the highlights of the report, ahead of newer lines', async ({ app }) => {
  const { page, sessions } = app
  await sessions.log({
    title: 'Shortcuts with Sam',
    date: inDays(-20),
    learned: '- Ctrl+Shift+T reopens the tab I closed.\n- Windows+V keeps a clipboard history.',
    shared: 'How I keep a meeting to twenty minutes.',
  })
  await sessions.star('learned', 'Windows+V keeps a clipboard history.')
  const learnedStars = page.getByRole('list', { name: 'Learned lines to star' })
  await expect(learnedStars.getByRole('checkbox', { checked: true })).toHaveCount(1)
  await expect(page.getByText('· 1 starred')).toBeVisible()
  await expect(app.nav.status).toHaveText('Saved')
  await mkdir('test-results/screens', { recursive: true })
  await shoot(page, 'session-stars', { expectNoSidewaysScroll: true })
  await smallWindow(page, true)
  await learnedStars.scrollIntoViewIfNeeded()
  await shoot(page, 'session-stars-small', { expectNoSidewaysScroll: true })
  await smallWindow(page, false)

  await sessions.log({
    title: 'Calendar tricks',
    learned: '- Shared calendars show who is free.\n- Colour codes make a week readable.',
  })
  // The star outlives a restart and an edit above its line.
  const restarted = await app.restart()
  await app.sessions.open('Shortcuts with Sam')
  await restarted
    .getByLabel('What I learned', { exact: true })
    .fill(
      '- A new first line about window snapping.\n- Ctrl+Shift+T reopens the tab I closed.\n- Windows+V keeps a clipboard history.',
    )
  await expect(app.nav.status).toHaveText('Saved')
  await restarted.getByText('Star lines for the report').first().click()
  const stars = restarted.getByRole('list', { name: 'Learned lines to star' })
  await expect(
    stars.getByRole('checkbox', { name: 'Windows+V keeps a clipboard history.', exact: true }),
  ).toBeChecked()
  // The starred line edited in place: its star follows the new wording.
  await restarted
    .getByLabel('What I learned', { exact: true })
    .fill(
      '- A new first line about window snapping.\n- Ctrl+Shift+T reopens the tab I closed.\n- Windows+V keeps the clipboard history.',
    )
  await expect(
    stars.getByRole('checkbox', { name: 'Windows+V keeps the clipboard history.', exact: true }),
  ).toBeChecked()
  await expect(stars.getByRole('checkbox', { checked: true })).toHaveCount(1)
  await expect(app.nav.status).toHaveText('Saved')

  await app.export.open()
  await app.export.choosePeriod('All time')
  await app.export.exportPdf()
  await expect(app.export.result('Saved')).toContainText(/Saved \d+ pages to/, { timeout: 30_000 })
  await restarted.getByRole('button', { name: 'Open the PDF' }).click()
  await expect.poll(() => app.openedPaths.length).toBe(1)
  const pdf = app.openedPaths[0] ?? ''
  const highlights = pdfText(pdf, 3)
  expect(highlights).toMatch(/^\s*Highlights\s*$/m)
  // Newest first would have been two lines of "Calendar tricks" and the first of "Shortcuts": the star comes first.
  const at = (line: string) => highlights.replace(/\s+/g, ' ').indexOf(line)
  expect(at('Windows+V keeps the clipboard history.')).toBeGreaterThan(-1)
  expect(at('Windows+V keeps the clipboard history.')).toBeLessThan(at('Shared calendars show who is free.'))
  expect(highlights).toContain('How I keep a meeting to twenty minutes.')
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '3',
    '-l',
    '3',
    pdf,
    join('test-results', 'screens', 'stars-pdf'),
  ])
})
