import { execFileSync } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { pdfInfo, pdfOutline, pdfText } from './models/export'
import { shoot } from './models/screens'

test('Markdown in one file: the report, its sections and each session at their own heading levels', async ({
  app,
}) => {
  const { page, sessions } = app
  await sessions.log({
    title: 'LinkedIn profile',
    partner: 'Sam Okafor',
    learned: '## Headline\n\nKeep it under ten words.',
    shared: 'How I read a CV in thirty seconds.',
  })
  await sessions.log({ title: 'Salary worries', private: true })
  await app.export.open()
  await app.export.choosePeriod('This year')
  await page.getByLabel('Markdown layout').selectOption({ label: 'One file' })
  await app.export.exportMarkdown()
  await expect(app.export.result('Markdown')).toBeVisible()
  const name = (await readdir(app.exportDir)).find((f) => f.endsWith('.md')) ?? ''
  expect(name).toMatch(/^tandem-progress-report-\d{4}-\d{2}-\d{2}\.md$/)
  const text = await readFile(join(app.exportDir, name), 'utf8')
  expect(text).toMatch(/^---\ntitle: "Mentoring progress report"\n/)
  expect(text).toContain('\n# Mentoring progress report\n')
  expect(text).toContain('With Sam Okafor.')
  for (const section of ['Highlights', 'Summary', 'Sessions']) expect(text).toContain(`\n## ${section}\n`)
  expect(text).toMatch(/\n### .+ — LinkedIn profile\n/)
  // The heading written in the session sits below the session's own.
  expect(text).toContain('\n##### Headline\n')
  expect(text).toContain('> How I read a CV in thirty seconds.')
  expect(text).not.toContain('Salary worries')
  // Only "#" for the title, "##" for sections: nothing else at those levels.
  expect(text.match(/^# /gm)).toHaveLength(1)
})

test('a goal report tells one goal’s story from its start, with bookmarks', async ({ app }) => {
  const { page, sessions, goals } = app
  await sessions.log({ title: 'Teams basics', partner: 'Kim Lee' })
  await goals.create({
    title: 'Run my own Teams meetings',
    milestones: [{ text: 'Schedule a meeting' }, { text: 'Share my screen' }],
  })
  await goals.checkIn('Scheduled the first one myself.')
  await expect(page.getByRole('list', { name: 'Check-ins' })).toContainText('Scheduled the first one')
  await app.export.open()
  await page.getByLabel('Report on').selectOption({ label: 'One goal, from its start' })
  // Until a goal is picked the report cannot be made, and the screen says so.
  await expect(page.getByText('Pick the goal the report is about')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export PDF…' })).toBeDisabled()
  await page.getByLabel('Goal', { exact: true }).selectOption({ label: 'Run my own Teams meetings' })
  await expect(page.getByLabel('Period', { exact: true })).toHaveCount(0)
  await expect(page.getByText(/: 0 sessions/)).toBeVisible()
  await shoot(page, 'export-goal-report', { expectNoSidewaysScroll: true })
  await page.setViewportSize({ width: 760, height: 520 })
  await page.evaluate(() => document.documentElement.style.setProperty('--text-size', '150%'))
  await shoot(page, 'export-goal-report-small', { expectNoSidewaysScroll: true })
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.evaluate(() => document.documentElement.style.setProperty('--text-size', '100%'))

  await app.export.exportPdf()
  await expect(app.export.result('Saved')).toContainText(/Saved \d+ pages to/, { timeout: 30_000 })
  const pdf = join(app.exportDir, (await readdir(app.exportDir)).find((f) => f.endsWith('.pdf')) ?? '')
  expect(pdfText(pdf, 1)).toMatch(/Goal: Run my own Teams\s+meetings/)
  expect(pdfInfo(pdf)).toMatch(/^Title:\s+Goal: Run my own Teams meetings$/m)
  const text = pdfText(pdf)
  expect(text).toContain('Schedule a meeting')
  expect(text).toContain('Scheduled the first one myself.')
  const outline = pdfOutline(pdf)
  expect(outline[0]).toBe('The goal’s story')
  expect(outline).toContain('  Milestones')
  expect(outline).toContain('  Check-ins')
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join('test-results', 'screens', 'export-goal-pdf')])
})

test('a relationship report tells one partner’s whole story, first session to last, with bookmarks', async ({
  app,
}) => {
  const { page, sessions } = app
  await sessions.log({
    title: 'Teams basics',
    date: '2026-03-05',
    partner: 'Sam Okafor',
    direction: 'They mentor me',
    topics: ['Teams'],
    minutes: '60',
    learned: 'How to start a meeting from the calendar',
    actionItems: [{ text: 'Try breakout rooms with the team' }],
  })
  await sessions.log({
    title: 'Sharing screens',
    date: '2026-09-20',
    partner: 'Sam Okafor',
    topics: ['Teams'],
    shared: 'How to run a meeting that ends on time',
  })
  await sessions.log({ title: 'Pay talk', date: '2026-06-18', partner: 'Sam Okafor', private: true })
  await sessions.log({ title: 'Kim’s session', partner: 'Kim Lee' })
  await app.export.open()
  await page.getByLabel('Report on').selectOption({ label: 'One partner, from the start' })
  // The period is the relationship's own: no period to pick, and a partner must be.
  await expect(page.getByLabel('Period', { exact: true })).toHaveCount(0)
  await expect(page.getByText('Pick the partner the report is about.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export PDF…' })).toBeDisabled()
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Sam Okafor' })
  await expect(page.getByText(/: 2 sessions \(1 private left out\)/)).toBeVisible()
  await shoot(page, 'export-relationship-report', { expectNoSidewaysScroll: true })
  await page.setViewportSize({ width: 760, height: 520 })
  await page.evaluate(() => document.documentElement.style.setProperty('--text-size', '150%'))
  await shoot(page, 'export-relationship-report-small', { expectNoSidewaysScroll: true })
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.evaluate(() => document.documentElement.style.setProperty('--text-size', '100%'))

  await app.export.exportPdf()
  await expect(app.export.result('Saved')).toContainText(/Saved \d+ pages to/, { timeout: 30_000 })
  const pdf = join(app.exportDir, (await readdir(app.exportDir)).find((f) => f.endsWith('.pdf')) ?? '')
  const locale = await page.evaluate(() => navigator.language)
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(`${iso}T00:00:00Z`))
  const cover = pdfText(pdf, 1).replace(/\s+/g, ' ')
  expect(cover).toContain('My mentoring with Sam Okafor')
  expect(cover).toContain(`${day('2026-03-05')} – ${day('2026-09-20')}`)
  expect(cover).toMatch(/Mentoring partner Sam Okafor/i)
  expect(pdfInfo(pdf)).toMatch(/^Subject:\s+Relationship report: the mentoring with Sam Okafor, /m)
  const text = pdfText(pdf)
  expect(text).toContain('Try breakout rooms with the team')
  expect(text).not.toContain('Pay talk')
  expect(text).not.toContain('Kim')
  const outline = pdfOutline(pdf)
  expect(outline[0]).toBe('The relationship')
  expect(outline).toContain('  Who Sam Okafor is')
  expect(outline).toContain('  Open action items')
  expect(outline).toContain('Sessions')
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    pdf,
    join('test-results', 'screens', 'export-relationship-pdf'),
  ])
})
