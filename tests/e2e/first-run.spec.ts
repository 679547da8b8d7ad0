import { expect, test } from './fixtures'
import { shoot } from './models/screens'

const capture = { expectNoSidewaysScroll: true } as const
const PASSPHRASE = 'lantern by the orchard gate'

// Issue 11: a new journal shows a three-step start on Home (add your partner, log your first session,
// set a goal), each step marked done from the journal itself, until all three are.
test('Home shows the three-step start until a partner, a session and a goal exist', async ({ app }) => {
  const { page } = app
  const start = page.getByRole('region', { name: 'Welcome to Tandem' })
  await expect(start).toBeVisible()
  await expect(start).toContainText('0 of 3 done')
  const steps = start.getByRole('listitem')
  await expect(steps).toHaveCount(3)

  await start.getByRole('button', { name: 'Add your partner' }).click()
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible()
  await app.people.add('Sam Okafor')
  await app.nav.go('Home')
  await expect(start).toContainText('1 of 3 done')
  await expect(steps.nth(0)).toContainText('Done.')
  await expect(start.getByRole('button', { name: 'Add your partner' })).toHaveCount(0)

  await start.getByRole('button', { name: 'Log your first session' }).click()
  await app.sessions.fill({ title: 'Sharing my calendar', partner: 'Sam Okafor' })
  await expect(app.nav.status).toHaveText('Saved')
  await app.nav.go('Home')
  await expect(start).toContainText('2 of 3 done')

  await start.getByRole('button', { name: 'Set a goal' }).click()
  const dialog = page.getByRole('dialog', { name: 'New goal' })
  await dialog.getByLabel('Goal', { exact: true }).fill('Run my own Teams meetings')
  await dialog.getByRole('button', { name: 'Create goal' }).click()
  await expect(app.goals.title).toHaveValue('Run my own Teams meetings')
  await app.nav.go('Home')
  await expect(
    page.getByRole('heading', { name: /Good (morning|afternoon|evening)/, level: 1 }),
  ).toBeVisible()
  await expect(start).toHaveCount(0)
})

// Issue 13: the guide offers encryption before anything personal is written, with the Settings wizard.
test('the first-run guide offers encryption; turned on from there, it says so and the next start is locked', async ({
  app,
}) => {
  const { page } = app
  const start = page.getByRole('region', { name: 'Welcome to Tandem' })
  await expect(start).toContainText('Optional: lock your journal with a passphrase')
  await shoot(page, 'first-run-encryption', capture)
  await page.setViewportSize({ width: 760, height: 520 })
  await page.evaluate(() => document.documentElement.style.setProperty('--text-size', '150%'))
  await start.getByRole('button', { name: 'Turn on encryption…' }).scrollIntoViewIfNeeded()
  await shoot(page, 'first-run-encryption-small', capture)
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.evaluate(() => document.documentElement.style.setProperty('--text-size', '100%'))

  await start.getByRole('button', { name: 'Turn on encryption…' }).click()
  const first = page.getByRole('dialog', { name: 'Turn on encryption: choose a passphrase' })
  await first.getByLabel('Passphrase (at least 8 characters)').fill(PASSPHRASE)
  await first.getByLabel('The same passphrase again').fill(PASSPHRASE)
  await first.getByRole('button', { name: 'Next' }).click()
  const keyStep = page.getByRole('dialog', { name: 'Your recovery key' })
  const recoveryKey = ((await keyStep.locator('[data-recovery-key]').textContent()) ?? '').trim()
  await keyStep.getByRole('button', { name: 'I have kept it' }).click()
  const check = page.getByRole('dialog', { name: 'Type your recovery key back' })
  await check.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey)
  await check.getByRole('button', { name: 'Encrypt my journal' }).click()
  const done = page.getByRole('dialog', { name: 'Your journal is encrypted' })
  await done.getByRole('button', { name: 'Done' }).click()
  await expect(start).toContainText('Done. Your journal is encrypted')
  await expect(start.getByRole('button', { name: 'Turn on encryption…' })).toHaveCount(0)
  // The three steps still count as before: encryption is not one of them.
  await expect(start).toContainText('0 of 3 done')

  const again = await app.restart()
  await expect(again.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible()
  await again.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await again.getByRole('button', { name: 'Unlock' }).click()
  await expect(again.getByRole('region', { name: 'Welcome to Tandem' })).toContainText('Done. Your journal')
})
