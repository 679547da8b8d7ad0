import type { TandemApi } from '../../src/shared/contract'
import { expect, test } from './fixtures'

test('the first session is logged through the UI, autosaved, and found again after a restart', async ({
  app,
}) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Welcome to Tandem' })).toBeVisible()
  await page.getByRole('button', { name: 'Log your first session' }).click()

  await page.getByRole('textbox', { name: 'Title' }).fill('Miro basics with Sam')
  await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'Add a partner…' })
  await page.getByRole('textbox', { name: 'Name' }).fill('Sam Okafor')
  await page.getByLabel('Who mentors whom').selectOption({ label: 'Both ways' })
  await page.getByRole('button', { name: 'Add partner' }).click()
  await expect(page.getByLabel('Partner', { exact: true })).toHaveValue(/.+/)
  await page.getByLabel('Topics').fill('Miro')
  await page.getByLabel('Topics').press('Enter')
  await page.getByLabel('Topics').fill('retros')
  await page.getByLabel('Topics').press('Enter')
  await page.getByLabel('Notes').fill('We tried **sticky notes** and voting.')
  await page.getByLabel('What I learned').fill('How to run dot voting on a Miro board.')
  await page.getByLabel('What I shared').fill('How I run a retro that people actually enjoy.')
  await page.getByRole('button', { name: '+ Add action item' }).click()
  await page.getByRole('textbox', { name: 'Action item 1', exact: true }).fill('Build a retro template')

  await expect(page.getByRole('status')).toHaveText('Saved')
  await page.getByRole('button', { name: 'All sessions' }).click()
  const row = page.getByRole('button', { name: /Miro basics with Sam/ })
  await expect(row).toContainText('Sam Okafor')
  await expect(row).toContainText('1 open item')

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Sessions', exact: true }).click()
  await page2.getByRole('button', { name: /Miro basics with Sam/ }).click()
  await expect(page2.getByRole('textbox', { name: 'Title' })).toHaveValue('Miro basics with Sam')
  await expect(page2.getByLabel('What I learned')).toHaveValue('How to run dot voting on a Miro board.')
  await expect(page2.getByRole('textbox', { name: 'Action item 1', exact: true })).toHaveValue(
    'Build a retro template',
  )
  await expect(page2.getByRole('button', { name: 'Remove Miro' })).toBeVisible()
})

test('editing a session autosaves and the markdown preview follows the text', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('First draft')
  await expect(page.getByRole('status')).toHaveText('Saved')
  await page.getByRole('textbox', { name: 'Title' }).fill('Second draft')
  await page.getByLabel('Notes').fill('# Heading\n\n- one\n- two\n\n[docs](https://example.com/docs)')
  const preview = page.getByRole('complementary', { name: 'Preview' })
  await expect(preview.getByRole('heading', { name: 'Heading' })).toBeVisible()
  await expect(preview.getByRole('listitem')).toHaveCount(2)
  await expect(page.getByRole('status')).toHaveText('Saved')

  await preview.getByRole('link', { name: 'docs' }).click()
  await expect.poll(() => app.openedLinks).toEqual(['https://example.com/docs'])

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Sessions', exact: true }).click()
  await expect(page2.getByRole('button', { name: /Second draft/ })).toBeVisible()
  await expect(page2.getByRole('button', { name: /First draft/ })).toHaveCount(0)
})

test('a hostile payload in the notes is shown as text and never runs', async ({ app }) => {
  const { page } = app
  const alerts: string[] = []
  page.on('dialog', async (dialog) => {
    alerts.push(dialog.message())
    await dialog.dismiss()
  })
  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('Hostile')
  const payload = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 2">',
    '<svg onload="window.__pwned = 3"></svg>',
    '<iframe src="javascript:window.__pwned=4"></iframe>',
    '[click me](javascript:window.__pwned=5)',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<embed src="x">',
  ].join('\n\n')
  await page.getByLabel('Notes').fill(payload)
  const preview = page.getByRole('complementary', { name: 'Preview' })
  await expect(preview).toContainText('<script>window.__pwned = 1</script>')
  await expect(preview.locator('script, img, svg, iframe, embed')).toHaveCount(0)
  await expect(preview.getByRole('link')).toHaveCount(0)
  await preview.getByText('click me').click()
  await expect(page.getByRole('status')).toHaveText('Saved')

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Sessions', exact: true }).click()
  await page2.getByRole('button', { name: /Hostile/ }).click()
  await expect(page2.getByRole('complementary', { name: 'Preview' })).toContainText('<svg onload')
  expect(await page2.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.evaluate(() => 1).catch(() => 1)).toBe(1)
  expect(alerts).toEqual([])
})

test('deleting a session asks first, and a cancelled delete keeps it', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('To be deleted')
  await expect(page.getByRole('status')).toHaveText('Saved')

  await page.getByRole('button', { name: 'Delete session' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this session?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('To be deleted')

  await page.getByRole('button', { name: 'Delete session' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click()
  await expect(
    page.getByRole('heading', { name: 'Your journal is waiting for its first session' }),
  ).toBeVisible()

  const page2 = await app.restart()
  await page2.getByRole('button', { name: 'Sessions', exact: true }).click()
  await expect(
    page2.getByRole('heading', { name: 'Your journal is waiting for its first session' }),
  ).toBeVisible()
})

test('a save that is refused keeps the text on screen and says why', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('Duration check')
  await page.getByLabel('Minutes').fill('5000')
  await expect(page.getByRole('status')).toContainText(
    'Not saved — A session cannot last more than 24 hours.',
  )
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Duration check')
  await page.getByLabel('Minutes').fill('45')
  await expect(page.getByRole('status')).toHaveText('Saved')
})

test('a damaged journal file is set aside, the user is told, and the rest opens', async ({ app }) => {
  const { page } = app
  await page.keyboard.press('Control+n')
  await page.getByLabel('Date').fill('2026-10-05')
  await page.getByRole('textbox', { name: 'Title' }).fill('October survives')
  await expect(page.getByRole('status')).toHaveText('Saved')
  await page.keyboard.press('Control+n')
  await page.getByLabel('Date').fill('2026-11-05')
  await page.getByRole('textbox', { name: 'Title' }).fill('November is damaged')
  await expect(page.getByRole('status')).toHaveText('Saved')

  const { writeFile, readdir, readFile } = await import('node:fs/promises')
  const { join } = await import('node:path')
  await app.restart()
  await writeFile(
    join(app.dataDir, 'sessions', '2026-11.json'),
    '{"schemaVersion":1,"shard":"2026-11","items":[{"id"',
  )
  const page2 = await app.restart()
  const alert = page2.getByRole('alert', { name: 'Journal problems' })
  await expect(alert).toContainText('Some of your journal could not be read.')
  await expect(alert).toContainText('2026-11.json could not be read')
  await page2.getByRole('button', { name: 'Sessions', exact: true }).click()
  await expect(page2.getByRole('button', { name: /October survives/ })).toBeVisible()
  const names = await readdir(join(app.dataDir, 'sessions'))
  const kept = names.find((n) => n.startsWith('2026-11.corrupt-'))
  expect(kept).toBeDefined()
  expect(await readFile(join(app.dataDir, 'sessions', kept ?? ''), 'utf8')).toContain('"id"')
  await alert.getByRole('button', { name: 'Dismiss' }).click()
  await expect(alert).toBeHidden()
})

test('a long journal lists a page of sessions at a time, newest first', async ({ app }) => {
  const { page } = app
  // Years of sessions, made through the same API the editor uses.
  await page.evaluate(async () => {
    for (let i = 0; i < 230; i++) {
      const day = new Date(Date.UTC(2026, 10, 27) - i * 86_400_000).toISOString().slice(0, 10)
      const { tandem } = window as unknown as { tandem: TandemApi }
      const result = await tandem.sessions.create({
        date: day,
        partnerId: null,
        title: `Session ${i + 1}`,
        topics: [],
        notes: '',
        learned: '',
        shared: '',
        actionItems: [],
        durationMinutes: null,
        private: false,
      })
      if (!result.ok) throw new Error(result.error.message)
    }
  })
  // Made behind the screens' backs: reload so they read the journal afresh.
  await page.reload()
  await page.getByRole('button', { name: 'Sessions', exact: true }).click()
  await expect(page.getByRole('button', { name: /^Session 1,/ })).toBeVisible()
  await expect(page.locator('.session-row')).toHaveCount(200)
  await page.getByRole('button', { name: 'Show older sessions (30 more)' }).click()
  await expect(page.locator('.session-row')).toHaveCount(230)
  await expect(page.getByRole('button', { name: /Show older sessions/ })).toHaveCount(0)
  await page.getByLabel('Filter sessions').fill('Session 23')
  await expect(page.locator('.session-row')).toHaveCount(2)
})
