import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dayBefore } from '../bench/generate'
import { recordMaker } from '../bench/records'
import { expect, test } from './fixtures'
import { seedJournal } from './seed'

test('the first session is logged through the UI, autosaved, and found again after a restart', async ({
  app,
}) => {
  const { page, sessions } = app
  await expect(page.getByRole('heading', { name: 'Welcome to Tandem' })).toBeVisible()
  await page.getByRole('button', { name: 'Log your first session' }).click()

  await sessions.fill({ title: 'Miro basics with Sam', partner: 'Sam Okafor', direction: 'Both ways' })
  await expect(sessions.partner).toHaveValue(/.+/)
  await sessions.fill({
    topics: ['Miro', 'retros'],
    notes: 'We tried **sticky notes** and voting.',
    learned: 'How to run dot voting on a Miro board.',
    shared: 'How I run a retro that people actually enjoy.',
    actionItems: [{ text: 'Build a retro template' }],
  })

  await expect(app.nav.status).toHaveText('Saved')
  await sessions.backToList()
  const row = sessions.row('Miro basics with Sam')
  await expect(row).toContainText('Sam Okafor')
  await expect(row).toContainText('1 open item')

  const page2 = await app.restart()
  await sessions.open('Miro basics with Sam')
  await expect(sessions.title).toHaveValue('Miro basics with Sam')
  await expect(page2.getByLabel('What I learned', { exact: true })).toHaveValue(
    'How to run dot voting on a Miro board.',
  )
  await expect(sessions.actionItem(1)).toHaveValue('Build a retro template')
  await expect(page2.getByRole('button', { name: 'Remove Miro' })).toBeVisible()
})

test('editing a session autosaves and the markdown preview follows the text', async ({ app }) => {
  const { sessions } = app
  await sessions.startNew()
  await sessions.fill({ title: 'First draft' })
  await expect(app.nav.status).toHaveText('Saved')
  await sessions.fill({
    title: 'Second draft',
    notes: '# Heading\n\n- one\n- two\n\n[docs](https://example.com/docs)',
  })
  const preview = sessions.preview
  await expect(preview.getByRole('heading', { name: 'Heading' })).toBeVisible()
  await expect(preview.getByRole('listitem')).toHaveCount(2)
  await expect(app.nav.status).toHaveText('Saved')

  await preview.getByRole('link', { name: 'docs' }).click()
  await expect.poll(() => app.openedLinks).toEqual(['https://example.com/docs'])

  await app.restart()
  await sessions.openList()
  await expect(sessions.row('Second draft')).toBeVisible()
  await expect(sessions.row('First draft')).toHaveCount(0)
})

test('a hostile payload in the notes is shown as text and never runs', async ({ app }) => {
  const { page, sessions } = app
  const alerts: string[] = []
  page.on('dialog', async (dialog) => {
    alerts.push(dialog.message())
    await dialog.dismiss()
  })
  await sessions.startNew()
  const payload = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 2">',
    '<svg onload="window.__pwned = 3"></svg>',
    '<iframe src="javascript:window.__pwned=4"></iframe>',
    '[click me](javascript:window.__pwned=5)',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<embed src="x">',
    '- [x] ticked <input type=text onfocus="window.__pwned = 6" autofocus>',
  ].join('\n\n')
  await sessions.fill({ title: 'Hostile', notes: payload })
  const preview = sessions.preview
  await expect(preview).toContainText('<script>window.__pwned = 1</script>')
  await expect(preview.locator('script, img, svg, iframe, embed')).toHaveCount(0)
  await expect(preview.getByRole('link')).toHaveCount(0)
  // The task item's read-only checkbox is the only form control; the typed <input> stays text.
  expect(
    await preview
      .locator('input')
      .evaluateAll((els) =>
        els.map((e) => [
          (e as HTMLInputElement).type,
          (e as HTMLInputElement).checked,
          (e as HTMLInputElement).disabled,
        ]),
      ),
  ).toEqual([['checkbox', true, true]])
  await preview.getByText('click me').click()
  await expect(app.nav.status).toHaveText('Saved')

  const page2 = await app.restart()
  await sessions.open('Hostile')
  await expect(sessions.preview).toContainText('<svg onload')
  expect(await page2.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.evaluate(() => 1).catch(() => 1)).toBe(1)
  expect(alerts).toEqual([])
})

test('deleting a session asks first, and a cancelled delete keeps it', async ({ app }) => {
  const { sessions } = app
  await sessions.startNew()
  await sessions.fill({ title: 'To be deleted' })
  await expect(app.nav.status).toHaveText('Saved')

  const dialog = await sessions.askToDelete()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(sessions.title).toHaveValue('To be deleted')

  await sessions.delete()
  await expect(sessions.emptyJournal).toBeVisible()

  await app.restart()
  await sessions.openList()
  await expect(sessions.emptyJournal).toBeVisible()
})

test('a save that is refused keeps the text on screen and says why', async ({ app }) => {
  const { sessions } = app
  await sessions.startNew()
  await sessions.fill({ title: 'Duration check', minutes: '5000' })
  await expect(app.nav.status).toContainText('Not saved — A session cannot last more than 24 hours.')
  await expect(sessions.title).toHaveValue('Duration check')
  await sessions.fill({ minutes: '45' })
  await expect(app.nav.status).toHaveText('Saved')
})

test('a damaged journal file is set aside, the user is told, and the rest opens', async ({ app }) => {
  const { sessions } = app
  await sessions.startNew()
  await sessions.fill({ date: '2026-10-05', title: 'October survives' })
  await expect(app.nav.status).toHaveText('Saved')
  await sessions.startNew()
  await sessions.fill({ date: '2026-11-05', title: 'November is damaged' })
  await expect(app.nav.status).toHaveText('Saved')

  await app.restart()
  await writeFile(
    join(app.dataDir, 'sessions', '2026-11.json'),
    '{"schemaVersion":1,"shard":"2026-11","items":[{"id"',
  )
  const page2 = await app.restart()
  const alert = page2.getByRole('alert', { name: 'Journal problems' })
  await expect(alert).toContainText('Some of your journal could not be read.')
  await expect(alert).toContainText('2026-11.json could not be read')
  await sessions.openList()
  await expect(sessions.row('October survives')).toBeVisible()
  const names = await readdir(join(app.dataDir, 'sessions'))
  const kept = names.find((n) => n.startsWith('2026-11.corrupt-'))
  expect(kept).toBeDefined()
  expect(await readFile(join(app.dataDir, 'sessions', kept ?? ''), 'utf8')).toContain('"id"')
  await alert.getByRole('button', { name: 'Dismiss' }).click()
  await expect(alert).toBeHidden()
})

test('a long journal lists a page of sessions at a time, newest first', async ({ app }) => {
  // Years of sessions from the benchmark's generator, one a day back from its last day.
  const make = recordMaker()
  const partners = make.partners()
  const sessions = Array.from({ length: 230 }, (_, i) =>
    make.session({ date: dayBefore(i), title: `Session ${i + 1}` }),
  )
  await seedJournal(app.dataDir, { partners, sessions })
  const page = await app.restart()
  await app.sessions.openList()
  // A row is named by what it shows (title, partner, topics) and its date; the newest is first.
  await expect(page.locator('.session-row').first().locator('.session-title')).toHaveText('Session 1')
  await expect(page.locator('.session-row')).toHaveCount(200)
  await page.getByRole('button', { name: 'Show older sessions (30 more)' }).click()
  await expect(page.locator('.session-row')).toHaveCount(230)
  await expect(page.getByRole('button', { name: /Show older sessions/ })).toHaveCount(0)
  await page.getByLabel('Filter sessions').fill('Session 23')
  await expect(page.locator('.session-row')).toHaveCount(2)
})

test('a long journal jumps to any month in one choice, and back to the newest', async ({ app }) => {
  // Two years of daily sessions: paging would take three clicks on "Show older sessions" to reach the first.
  const make = recordMaker()
  const partners = make.partners()
  const sessions = Array.from({ length: 730 }, (_, i) =>
    make.session({ date: dayBefore(i), title: `Day ${i + 1}` }),
  )
  await seedJournal(app.dataDir, { partners, sessions })
  const page = await app.restart()
  await app.sessions.openList()
  const oldest = sessions.at(-1)?.date ?? ''
  const month = oldest.slice(0, 7)
  await page.getByLabel('Go to month').selectOption(month)
  // The page now starts at that month: its heading is focused and its oldest session is listed.
  const heading = page.locator(`#month-${month}`)
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
  await expect(page.locator('.session-row').last().locator('.session-title')).toHaveText('Day 730')
  await page.getByRole('button', { name: /Back to the newest sessions/ }).click()
  await expect(page.locator('.session-row').first().locator('.session-title')).toHaveText('Day 1')
  await expect(page.getByRole('button', { name: /Back to the newest sessions/ })).toHaveCount(0)
})
