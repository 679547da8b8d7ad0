import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

interface SessionInput {
  title: string
  date?: string
  partner?: string
  learned?: string
  shared?: string
  topics?: string[]
  private?: boolean
}

/** Logs a session through the editor, as a user would, and waits for the autosave. */
async function logSession(page: Page, session: SessionInput): Promise<void> {
  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill(session.title)
  if (session.date) await page.getByLabel('Date').fill(session.date)
  if (session.partner) {
    const picker = page.getByLabel('Partner', { exact: true })
    const known = await picker.locator('option', { hasText: session.partner }).count()
    if (known > 0) await picker.selectOption({ label: session.partner })
    else {
      await picker.selectOption({ label: 'Add a partner…' })
      await page.getByRole('textbox', { name: 'Name' }).fill(session.partner)
      await page.getByRole('button', { name: 'Add partner' }).click()
    }
    await expect(picker).toHaveValue(/.+/)
  }
  for (const topic of session.topics ?? []) {
    await page.getByLabel('Topics').fill(topic)
    await page.getByLabel('Topics').press('Enter')
  }
  if (session.learned) await page.getByLabel('What I learned').fill(session.learned)
  if (session.shared) await page.getByLabel('What I shared').fill(session.shared)
  if (session.private) await page.getByLabel('Keep out of exports').check()
  await expect(page.getByRole('status')).toHaveText('Saved')
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click()

/** A skill through the skills screen. */
async function newSkill(page: Page, name: string): Promise<void> {
  await nav(page, 'Skills')
  await page.getByRole('button', { name: 'New skill' }).click()
  const form = page.getByRole('form', { name: 'New skill' })
  await form.getByLabel('Skill name').fill(name)
  await form.getByLabel('Direction').selectOption({ label: 'Learned' })
  await form.getByRole('button', { name: 'Add skill' }).click()
  await expect(page.getByRole('textbox', { name: 'Skill name' })).toHaveValue(name)
}

/** An answer to the prompt of the day, from the home screen. */
async function reflect(page: Page, answer: string): Promise<void> {
  await nav(page, 'Home')
  await page
    .getByRole('region', { name: 'Prompt of the day' })
    .getByRole('button', { name: 'Answer' })
    .click()
  const form = page.getByRole('region', { name: 'Reflection' })
  await form.getByLabel('Answer').fill(answer)
  await expect(form.getByRole('status')).toHaveText('Saved')
}

/** A goal with one milestone and a check-in, through the goal screens. */
async function setGoal(page: Page, title: string, keepOut = false): Promise<void> {
  await nav(page, 'Goals')
  const first = page.getByRole('button', { name: 'Set your first goal' })
  if (await first.isVisible()) await first.click()
  else await page.getByRole('button', { name: 'New goal' }).click()
  const dialog = page.getByRole('dialog', { name: 'New goal' })
  await dialog.getByLabel('Goal', { exact: true }).fill(title)
  await dialog.getByRole('button', { name: 'Create goal' }).click()
  await expect(page.getByRole('textbox', { name: 'Goal title' })).toHaveValue(title)
  if (keepOut) {
    await page.getByLabel('Keep out of exports').check()
    await expect(page.getByRole('status')).toHaveText('Saved')
    return
  }
  await page.getByRole('button', { name: '+ Add milestone' }).click()
  await page.getByRole('textbox', { name: 'Milestone 1', exact: true }).fill('Set up a saved search')
  await expect(page.getByRole('status')).toHaveText('Saved')
  await page.getByLabel('How is it going?').fill('The saved search found twelve people.')
  await page.getByRole('button', { name: 'Add check-in' }).click()
  await expect(page.getByRole('list', { name: 'Check-ins' })).toContainText('twelve people')
}

const pdfText = (path: string, page?: number) =>
  execFileSync(
    'pdftotext',
    [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', path, '-'],
    {
      encoding: 'utf8',
    },
  )

const pageCountOf = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0)

test('a PDF progress report of this year: title page, contents with page numbers, sessions, nothing private', async ({
  app,
}) => {
  const { page } = app
  const year = new Date().getFullYear()
  await logSession(page, {
    title: 'Miro basics with Sam',
    partner: 'Sam Okafor',
    topics: ['Miro'],
    learned: 'How to run **dot voting** on a board.',
    shared: 'How I run a retro people enjoy.',
  })
  await logSession(page, { title: 'Spreadsheet pivots', partner: 'Sam Okafor', learned: 'Pivot tables.' })
  await logSession(page, { title: 'Salary worries', partner: 'Sam Okafor', private: true })
  await logSession(page, { title: 'An old conversation', date: `${year - 1}-06-01` })
  await setGoal(page, 'Find speakers on LinkedIn')
  await setGoal(page, 'Ask for a raise', true)
  await newSkill(page, 'Dot voting on Miro')
  await reflect(page, 'I want to ask how they keep up with news.')

  await nav(page, 'Export')
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible()
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'This year' })
  await page.getByLabel('Your name (title page)').fill('Alex Doe')
  await page.getByRole('radio', { name: 'A4' }).check()
  await expect(page.getByRole('checkbox', { name: 'Goals', exact: true })).toBeChecked()
  await expect(page.getByText(/2 sessions \(1 private left out\)/)).toBeVisible()
  await mkdir('test-results/screens', { recursive: true })
  await page.screenshot({ path: 'test-results/screens/export-light.png', fullPage: true })

  await page.getByRole('button', { name: 'Export PDF…' }).click()
  const result = page.getByRole('status').filter({ hasText: 'Saved' })
  await expect(result).toContainText(/Saved \d+ pages to/, { timeout: 30_000 })
  await page.getByRole('button', { name: 'Open the PDF' }).click()
  await expect.poll(() => app.openedPaths.length).toBe(1)
  const pdf = app.openedPaths[0] ?? ''
  expect(pdf.startsWith(app.exportDir)).toBe(true)

  const text = pdfText(pdf)
  expect(text).toContain('Mentoring progress report')
  expect(text).toContain('Alex Doe')
  expect(text).toContain(`1 January ${year}`)
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
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/)

  // The contents page lists each section with the page it starts on, and that page really has it.
  const contents = pdfText(pdf, 2)
  expect(contents).toContain('Contents')
  for (const [title, heading] of [
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
  expect(pdfText(pdf, 3)).toMatch(/Goals achieved[\s\S]*Sessions by partner[\s\S]*Sam Okafor\s+2\b/i)
  // Running footers with page numbers.
  expect(pdfText(pdf, 3)).toMatch(/Page 3 of \d+/)

  const shots = join('test-results', 'screens', 'export-pdf')
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, shots])

  await page.getByRole('button', { name: 'Export Markdown…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Markdown' })).toContainText(
    'Saved 3 Markdown files',
  )
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
  let page = app.page
  await logSession(page, { title: 'Worth keeping', partner: 'Kim Lee', learned: 'Keyboard shortcuts.' })
  await nav(page, 'Export')
  await page.getByRole('button', { name: 'Back up journal…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved' })).toBeVisible()
  const backup = (await readdir(app.exportDir)).find((name) => name.startsWith('tandem-backup-')) ?? ''
  expect(backup).toMatch(/\.json$/)

  page = await app.restartWithFreshJournal()
  await nav(page, 'Sessions')
  await expect(
    page.getByRole('heading', { name: 'Your journal is waiting for its first session' }),
  ).toBeVisible()
  await nav(page, 'Export')
  app.pickFile(join(app.exportDir, backup))
  await page.getByRole('button', { name: 'Restore from backup…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(dialog).toContainText('holds 1 session')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Restore from backup…' }).click()
  await expect(dialog).toBeVisible()
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'test-results/screens/export-restore-dialog-dark.png' })
  await page.emulateMedia({ colorScheme: 'light' })
  await dialog.getByRole('button', { name: 'Restore' }).click()
  const done = page.getByRole('status').filter({ hasText: 'Journal restored' })
  await expect(done).toContainText(join(app.dataDir, 'backups'))
  await page.screenshot({ path: 'test-results/screens/export-restored-light.png', fullPage: true })

  await nav(page, 'Sessions')
  await page.getByRole('button', { name: /Worth keeping/ }).click()
  await expect(page.getByLabel('What I learned')).toHaveValue('Keyboard shortcuts.')
  await expect(page.getByLabel('Partner')).toHaveValue(/.+/)

  // And it is on disk: it survives a restart.
  const again = await app.restart()
  await nav(again, 'Sessions')
  await expect(again.getByRole('button', { name: /Worth keeping/ })).toBeVisible()
})

test('a broken backup is refused with a clear message and nothing changes', async ({ app }) => {
  const { page } = app
  await logSession(page, { title: 'Still here' })
  await nav(page, 'Export')
  const broken = join(app.exportDir, 'broken.json')
  await writeFile(broken, '{"format": "tandem-backup", "backupVersion": 1, "createdAt": "2026-01-0')
  app.pickFile(broken)
  await page.getByRole('button', { name: 'Restore from backup…' }).click()
  await expect(page.getByRole('alert')).toContainText('not readable JSON')
  await expect(page.getByRole('alert')).toContainText('Your journal was not changed.')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  const other = join(app.exportDir, 'notes.json')
  await writeFile(other, JSON.stringify({ notes: ['not a backup'] }))
  app.pickFile(other)
  await page.getByRole('button', { name: 'Restore from backup…' }).click()
  await expect(page.getByRole('alert')).toContainText('This file is not a Tandem backup.')
  await page.screenshot({ path: 'test-results/screens/export-refused-light.png', fullPage: true })
  // The day's automatic backup may be there (the session above was the day's first change); a refused
  // restore saves no copy of the journal.
  const kept = existsSync(join(app.dataDir, 'backups')) ? await readdir(join(app.dataDir, 'backups')) : []
  expect(kept.filter((name) => name.startsWith('before-restore'))).toEqual([])

  await nav(page, 'Sessions')
  await expect(page.getByRole('button', { name: /Still here/ })).toBeVisible()
})

/** A year of sessions written straight into the journal folder, as month shards. */
async function seedYear(dataDir: string, year: number): Promise<void> {
  const byMonth = new Map<string, unknown[]>()
  for (let day = 0; day < 365; day++) {
    const date = new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10)
    const at = `${date}T12:00:00.000Z`
    const month = date.slice(0, 7)
    byMonth.set(month, [
      ...(byMonth.get(month) ?? []),
      {
        id: crypto.randomUUID(),
        date,
        partnerId: null,
        title: `Day ${day + 1}`,
        topics: ['practice'],
        notes: '',
        learned: `Something learned on day ${day + 1}, with enough words to fill a line or two of the report.`,
        shared: `Something shared on day ${day + 1}.`,
        actionItems: [],
        durationMinutes: 30,
        private: false,
        createdAt: at,
        updatedAt: at,
      },
    ])
  }
  await mkdir(join(dataDir, 'sessions'), { recursive: true })
  for (const [month, items] of byMonth) {
    await writeFile(
      join(dataDir, 'sessions', `${month}.json`),
      JSON.stringify({ schemaVersion: 1, shard: month, items }),
    )
  }
}

test('a long PDF export shows progress, keeps the screen responsive, and can be cancelled', async ({
  app,
}) => {
  await seedYear(app.dataDir, new Date().getFullYear() - 1)
  const page = await app.restart()
  await nav(page, 'Export')
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'All time' })
  await expect(page.getByText(/365 sessions/)).toBeVisible()
  await page.getByRole('button', { name: 'Export PDF…' }).click()
  const progress = page.getByRole('progressbar', { name: 'PDF export progress' })
  await expect(progress).toBeVisible()
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0)
  // The screen answers while the PDF is made.
  await page.getByLabel('Your name (title page)').fill('Still typing')
  await expect(page.getByLabel('Your name (title page)')).toHaveValue('Still typing')
  await page.screenshot({ path: 'test-results/screens/export-progress-light.png', fullPage: true })
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toHaveText(
    'The export was cancelled. Nothing was saved.',
    { timeout: 20_000 },
  )
  await expect(progress).toBeHidden()
  expect((await readdir(app.exportDir)).filter((name) => name.endsWith('.pdf'))).toEqual([])
})
