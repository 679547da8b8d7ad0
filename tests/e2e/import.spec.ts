import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { expect, test } from './fixtures'
import { shoot, smallWindow } from './models/screens'
import { projectRoot } from './runtime/paths'

const fixtures = join(projectRoot, 'tests/fixtures/import')
const capture = { expectNoSidewaysScroll: true } as const
const ofCard = (app: { export: { importCard: import('@playwright/test').Locator } }) => ({
  ...capture,
  part: app.export.importCard,
})
const DAY_ONE = 'Day One export (.zip or .json)'
const JRNL = 'jrnl export (.json)'
const MARKDOWN = 'Folder of Markdown files'

test('a Day One ZIP: the preview counts, a new partner, the import, the same file spotted again, and undo', async ({
  app,
}) => {
  const { page, sessions } = app
  const zip = join(app.exportDir, 'Day One export.zip')
  await writeFile(
    zip,
    zipSync({
      'Journal.json': await readFile(join(fixtures, 'dayone-journal.json')),
      'photos/0A1B2C3D4E5F.jpeg': new Uint8Array([0xff, 0xd8, 0xff]),
    }),
  )
  await app.export.open()
  const card = app.export.importCard
  await app.export.pickImport(DAY_ONE, zip)
  await expect(card.getByRole('heading', { name: 'Day One export.zip' })).toBeVisible()
  await expect(
    card.getByText(/^5 entries found, from .+ to .+\. 3 entries will be imported; 2 left out\.$/),
  ).toBeVisible()
  await expect(card.getByText('3 photos and attachments stay behind')).toBeVisible()
  await card.getByText('Left out (2)').click()
  await expect(card.getByText('It has no readable creation date.')).toBeVisible()
  await card.getByLabel('With').selectOption({ label: 'A new partner…' })
  await card.getByLabel('New partner’s name').fill('Priya Raman')
  await expect(card.getByText('New partners: Priya Raman.')).toBeVisible()
  await shoot(page, 'import-preview', ofCard(app))
  await smallWindow(page, true)
  await card.getByRole('heading', { name: 'Day One export.zip' }).scrollIntoViewIfNeeded()
  await shoot(page, 'import-preview-small', capture)
  await smallWindow(page, false)

  await card.getByRole('button', { name: 'Import 3 entries' }).click()
  await expect(
    card.getByRole('status').filter({ hasText: 'Imported 3 sessions, with 1 new partner.' }),
  ).toBeVisible()
  await shoot(page, 'import-done', ofCard(app))
  const backups = await readdir(join(app.dataDir, 'backups'))
  expect(backups.some((name) => name.startsWith('before-import-'))).toBe(true)

  await sessions.openList()
  await expect(sessions.row('Figma auto layout with Priya')).toBeVisible()
  await expect(sessions.row('Slack huddles')).toBeVisible()

  // The same file again: every entry is known, nothing is offered unless asked.
  await app.export.open()
  await app.export.pickImport(DAY_ONE, zip)
  await expect(card.getByText('3 entries look like they are in your journal already')).toBeVisible()
  await expect(card.getByRole('button', { name: 'Import 0 entries' })).toBeDisabled()
  await card.getByLabel('Import them anyway').check()
  await expect(card.getByRole('button', { name: 'Import 3 entries' })).toBeEnabled()
  await card.getByRole('button', { name: 'Cancel' }).click()

  // Undo, from the list of earlier imports: the sessions and the partner the import made are gone.
  await card.getByText('Earlier imports (1)').click()
  await card.getByRole('button', { name: /^Undo the import of Day One export\.zip/ }).click()
  const confirm = page.getByRole('dialog', { name: 'Undo this import?' })
  await expect(confirm).toContainText('This takes out the 3 sessions imported from Day One export.zip.')
  await confirm.getByRole('button', { name: 'Undo import' }).click()
  await expect(card.getByText('· undone')).toBeVisible()
  await sessions.openList()
  await expect(sessions.emptyJournal).toBeVisible()
})

test('jrnl entries become reflections, and a file that is not an export is refused in words', async ({
  app,
}) => {
  const { page } = app
  await app.export.open()
  const card = app.export.importCard
  await app.export.pickImport(JRNL, join(fixtures, 'not-an-export.json'))
  await expect(card.getByRole('alert')).toHaveText(
    'This is not a jrnl export (not-an-export.json): Tandem expected a jrnl JSON export (made with "jrnl --export json"), with a list of "entries". Nothing was imported.',
  )
  await app.export.pickImport(JRNL, join(fixtures, 'jrnl.json'))
  await expect(card.getByText(/^4 entries found, .+ 2 entries will be imported; 2 left out\.$/)).toBeVisible()
  await card.getByLabel('A reflection').check()
  await expect(card.getByText('Tags are not kept on reflections')).toBeVisible()
  await expect(card.getByLabel('With')).toHaveCount(0)
  await card.getByRole('button', { name: 'Import 2 entries' }).click()
  await expect(card.getByRole('status').filter({ hasText: 'Imported 2 reflections.' })).toBeVisible()
  await card.getByRole('button', { name: 'Undo this import' }).click()
  await expect(card.getByText('The import was undone.')).toBeVisible()
  await app.export.pickImport(JRNL, join(fixtures, 'jrnl.json'))
  // Undone entries are not "imported before" any more.
  await expect(card.getByRole('button', { name: 'Import 2 entries' })).toBeEnabled()
  await shoot(page, 'import-jrnl', ofCard(app))
})

test('Tandem’s own Markdown folder comes back whole in a fresh journal', async ({ app }) => {
  const { page, sessions } = app
  await sessions.log({
    title: 'LinkedIn profile',
    partner: 'Sam Okafor',
    topics: ['LinkedIn'],
    learned: '## Headline\n\nKeep it under ten words.',
    shared: 'How I read a CV in thirty seconds.',
    actionItems: [{ text: 'Rewrite my headline' }],
  })
  await app.export.open()
  await app.export.choosePeriod('All time')
  await page.getByLabel('Markdown layout').selectOption({ label: 'A folder, one file per session' })
  await app.export.exportMarkdown()
  await expect(app.export.result('Markdown')).toBeVisible()
  const folder = (await readdir(app.exportDir)).find((name) => name.startsWith('tandem-export-')) ?? ''

  const fresh = await app.restartWithFreshJournal()
  await app.export.open()
  const card = app.export.importCard
  await app.export.pickImport(MARKDOWN, join(app.exportDir, folder))
  await expect(card.getByText(/^2 entries found, .+ 1 entry will be imported; 1 left out\.$/)).toBeVisible()
  await expect(card.getByLabel('With')).toHaveValue('as-written')
  await expect(card.getByText('New partners: Sam Okafor.')).toBeVisible()
  await card.getByRole('button', { name: 'Import 1 entry' }).click()
  await expect(
    card.getByRole('status').filter({ hasText: 'Imported 1 session, with 1 new partner.' }),
  ).toBeVisible()
  await sessions.openList()
  await sessions.open('LinkedIn profile')
  await expect(fresh.getByLabel('What I learned', { exact: true })).toHaveValue(
    '## Headline\n\nKeep it under ten words.',
  )
  await expect(fresh.getByLabel('What I shared', { exact: true })).toHaveValue(
    'How I read a CV in thirty seconds.',
  )
  await expect(fresh.getByLabel('Action item 1', { exact: true })).toHaveValue('Rewrite my headline')
  await expect(fresh.getByLabel('Partner', { exact: true }).locator('option:checked')).toHaveText(
    'Sam Okafor',
  )
})
