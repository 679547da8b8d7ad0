import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { shoot, smallWindow } from './models/screens'

const capture = { expectNoSidewaysScroll: true } as const
const PASS = 'carried on a memory stick'
const MARKER = 'Winifred-told-nobody'

test('a backup for another computer has its own passphrase and opens only with it, in a fresh journal', async ({
  app,
}) => {
  const { sessions } = app
  await sessions.log({ title: 'Carried across', partner: 'Kim Lee', learned: MARKER })
  await app.export.open()
  let page = app.page
  await page.getByRole('button', { name: 'Back up for another computer…' }).click()
  const make = page.getByRole('dialog', { name: 'Back up for another computer' })
  await expect(make).toBeVisible()
  await make.getByLabel('Passphrase for this backup (at least 8 characters)').fill(PASS)
  await make.getByLabel('The same passphrase again').fill('carried on a memory stack')
  await make.getByRole('button', { name: 'Choose where to save…' }).click()
  await expect(make.getByRole('alert')).toHaveText('The two passphrases are not the same. Type them again.')
  await shoot(page, 'backup-passphrase-make', capture)
  await smallWindow(page, true)
  await shoot(page, 'backup-passphrase-make-small', capture)
  await smallWindow(page, false)
  await make.getByLabel('The same passphrase again').fill(PASS)
  await make.getByRole('button', { name: 'Choose where to save…' }).click()
  await expect(make).toBeHidden()
  await expect(app.export.result('Backup saved')).toContainText('opens with its own passphrase')

  const name = (await readdir(app.exportDir)).find((file) => file.startsWith('tandem-backup-')) ?? ''
  const file = join(app.exportDir, name)
  // Not one byte of it is readable: what the session said is nowhere in the file.
  expect((await readFile(file)).toString('latin1')).not.toContain(MARKER)

  page = await app.restartWithFreshJournal()
  await sessions.openList()
  await expect(sessions.emptyJournal).toBeVisible()
  await app.export.open()
  await app.export.askToRestore(file)
  const ask = page.getByRole('dialog', { name: 'This backup has its own passphrase' })
  await expect(ask).toBeVisible()
  await ask.getByLabel('Backup passphrase').fill('not the one')
  await ask.getByRole('button', { name: 'Open backup' }).click()
  await expect(ask.getByRole('alert')).toContainText('That passphrase does not open this backup')
  await shoot(page, 'backup-passphrase-open', capture)
  await smallWindow(page, true)
  await shoot(page, 'backup-passphrase-open-small', capture)
  await smallWindow(page, false)
  await ask.getByLabel('Backup passphrase').fill(PASS)
  await ask.getByRole('button', { name: 'Open backup' }).click()
  await expect(ask).toBeHidden()
  const restore = app.export.restoreDialog
  await expect(restore).toContainText('holds 1 session')
  await restore.getByRole('button', { name: 'Restore' }).click()
  await expect(app.export.result('Journal restored')).toBeVisible()
  await sessions.open('Carried across')
  await expect(page.getByLabel('What I learned', { exact: true })).toHaveValue(MARKER)
})
