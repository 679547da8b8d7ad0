import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { type AppFixture, expect, test } from './fixtures'

const MARKER = 'Marigold-pay-review-worry'
const PASSPHRASE = 'quiet orchard lantern'

/** Every byte of every file under the journal folder, to look for a word written in plain. */
async function everyByte(dir: string): Promise<string> {
  let all = ''
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) all += (await readFile(join(entry.parentPath, entry.name))).toString('latin1')
  }
  return all
}

/** Turns encryption on through Settings › Privacy, as a user would; answers the recovery key shown. */
async function turnOn(app: AppFixture): Promise<string> {
  const { page } = app
  await app.settings.open()
  await page.getByRole('button', { name: 'Turn on encryption…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Turn on encryption: choose a passphrase' })
  await dialog.getByLabel('Passphrase (at least 8 characters)').fill(PASSPHRASE)
  await dialog.getByLabel('The same passphrase again').fill('quiet orchard lanterns')
  await dialog.getByRole('button', { name: 'Next' }).click()
  await expect(dialog.getByRole('alert')).toContainText('not the same')
  await dialog.getByLabel('The same passphrase again').fill(PASSPHRASE)
  await dialog.getByRole('button', { name: 'Next' }).click()
  const keyStep = page.getByRole('dialog', { name: 'Your recovery key' })
  const recoveryKey = ((await keyStep.locator('[data-recovery-key]').textContent()) ?? '').trim()
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/)
  await keyStep.getByRole('button', { name: 'I have kept it' }).click()
  const check = page.getByRole('dialog', { name: 'Type your recovery key back' })
  await check
    .getByLabel('Recovery key')
    .fill(`${recoveryKey.slice(0, -1)}0`.replace(/0$/, recoveryKey.endsWith('0') ? '1' : '0'))
  await check.getByRole('button', { name: 'Encrypt my journal' }).click()
  await expect(check.getByRole('alert')).toContainText('not the recovery key')
  await check
    .getByRole('textbox', { name: 'Recovery key' })
    .fill(recoveryKey.toLowerCase().replaceAll('-', ' '))
  await check.getByRole('button', { name: 'Encrypt my journal' }).click()
  const done = page.getByRole('dialog', { name: 'Your journal is encrypted' })
  await expect(done).toBeVisible()
  await done.getByRole('button', { name: 'Done' }).click()
  return recoveryKey
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: 'Unlock' }).click()
}

test('encryption on: the journal starts locked, a wrong passphrase is refused, the right one opens it, nothing is left in plain', async ({
  app,
}) => {
  await app.sessions.log({ title: 'Pay review', notes: `Worried about ${MARKER}.`, private: true })
  await turnOn(app)
  await expect(app.page.getByText('Your journal is encrypted. Tandem asks for your passphrase')).toBeVisible()

  const page = await app.restart()
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()
  // Nothing of the journal is on screen: no sidebar, no session.
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(page.getByText('Pay review')).toHaveCount(0)
  await unlock(page, 'quiet orchard')
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open this journal')
  await unlock(page, PASSPHRASE)
  await app.sessions.open('Pay review')
  await expect(page.getByLabel('Notes')).toHaveValue(`Worried about ${MARKER}.`)

  // Ctrl+L locks; the screen holds nothing of the journal until the passphrase is typed again.
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()
  await expect(page.getByText(MARKER)).toHaveCount(0)
  await unlock(page, PASSPHRASE)
  await expect(page.getByRole('navigation')).toBeVisible()

  await app.restart()
  expect(await everyByte(app.dataDir)).not.toContain(MARKER)
})

test('idle lock fires after the chosen minutes; the recovery key opens the journal and sets a new passphrase', async ({
  app,
}) => {
  await app.sessions.log({ title: 'Figma frames', notes: `${MARKER} again`, private: true })
  const recoveryKey = await turnOn(app)
  await app.page.getByLabel('Lock when not used').selectOption({ label: 'After 5 minutes' })
  await expect(app.page.getByLabel('Lock when not used')).toHaveValue('5')
  // The lock screen wears this computer's look: dark, text at 150%.
  await app.page.getByRole('radio', { name: 'Dark' }).check()
  await app.page.getByRole('radio', { name: '150%' }).check()
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark')

  const page = await app.restart()
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('html')).toHaveAttribute('style', /--text-size: 150%/)
  await page.clock.install()
  await unlock(page, PASSPHRASE)
  await expect(page.getByRole('navigation')).toBeVisible()
  await page.clock.fastForward('04:00')
  await expect(page.getByRole('navigation')).toBeVisible()
  await page.clock.fastForward('01:30')
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()

  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click()
  await page.getByRole('textbox', { name: 'Recovery key' }).fill('AAAA-BBBB-CCCC')
  await page.getByLabel('New passphrase (at least 8 characters)').fill('brand new words')
  await page.getByLabel('New passphrase again').fill('brand new words')
  await page.getByRole('button', { name: 'Open and set the new passphrase' }).click()
  await expect(page.getByRole('alert')).toContainText('not a recovery key')
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey)
  await page.getByRole('button', { name: 'Open and set the new passphrase' }).click()
  await expect(page.getByRole('navigation')).toBeVisible()
  await app.sessions.open('Figma frames')

  const again = await app.restart()
  await unlock(again, PASSPHRASE)
  await expect(again.getByRole('alert')).toContainText('does not open this journal')
  await unlock(again, 'brand new words')
  await expect(again.getByRole('navigation')).toBeVisible()
  await app.restart()
  expect(await everyByte(app.dataDir)).not.toContain(MARKER)
})
