import { mkdir } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { formatProblems, measureLayout } from './layout-check'
import { seedJournal } from './seed'

/** Sam every two weeks for twenty weeks (today included), Kim a month ago with two things learned. */
function journeyJournal() {
  const make = recordMaker()
  const sam = make.partner({ name: 'Sam Okafor', direction: 'they-mentor-me' })
  const kim = make.partner({ name: 'Kim Lee', direction: 'i-mentor-them' })
  const samDates = Array.from({ length: 11 }, (_, k) => inDays(-14 * k))
  const sessions = [
    ...samDates.map((date, k) =>
      make.session({
        title: `Sam, week ${20 - 2 * k}`,
        partnerId: sam.id,
        date,
        durationMinutes: 60,
        learned: '',
      }),
    ),
    make.session({
      title: 'Spreadsheets with Kim',
      partnerId: kim.id,
      date: inDays(-30),
      durationMinutes: 60,
      learned: '- Pivot tables\n- Shared screens with sound',
    }),
  ]
  const pivots = make.skill({
    name: 'Pivot tables',
    direction: 'learned',
    initialLevel: 1,
    firstMet: inDays(-60),
    createdAt: `${inDays(-60)}T10:00:00.000Z`,
    updatedAt: `${inDays(-60)}T10:00:00.000Z`,
  })
  const practice = [make.practice(pivots, { date: inDays(-14), levelAfter: 3 })]
  const reflections = [make.reflection({ date: inDays(-14) }), make.reflection({ date: inDays(-14) })]
  const achievedAt = `${inDays(-10)}T12:00:00.000Z`
  const goal = make.goal({
    title: 'Chair a hybrid meeting',
    startDate: inDays(-50),
    status: 'achieved',
    closedAt: achievedAt,
    closingReflection: 'Twice now.',
    statusHistory: [
      { status: 'active', at: `${inDays(-50)}T12:00:00.000Z`, reflection: '' },
      { status: 'achieved', at: achievedAt, reflection: 'Twice now.' },
    ],
  })
  return {
    seed: { partners: [sam, kim], sessions, skills: [pivots], practice, reflections, goals: [goal] },
    sessions,
  }
}

/** A month's name as the page shows it ("November 2026"). */
const shownMonth = (page: Page, month: string) =>
  page.evaluate(
    (m) => new Date(`${m}-01T12:00:00`).toLocaleDateString(undefined, { month: 'long', year: 'numeric' }),
    month,
  )

test('Journey counts sessions per month, says the rhythm in words and shows the year by day', async ({
  app,
}) => {
  const { seed, sessions } = journeyJournal()
  await seedJournal(app.dataDir, seed)
  const page = await app.restart()
  const { journey } = app
  await journey.open()

  await expect(journey.total).toHaveText('12 sessions and 12 hours of mentoring in the last 12 months.')
  await expect(journey.rhythms.first()).toContainText(
    'You have met Sam Okafor about every two weeks for five months.',
  )
  await expect(journey.rhythms.nth(1)).toContainText('You have met Kim Lee once so far.')

  // The table under the chart holds the same counts as the sessions seeded, month by month.
  const perMonth = new Map<string, number>()
  for (const s of sessions) perMonth.set(s.date.slice(0, 7), (perMonth.get(s.date.slice(0, 7)) ?? 0) + 1)
  const table = await journey.table('Sessions per month')
  await expect(table.getByRole('row')).toHaveCount(13)
  for (const [month, count] of perMonth) {
    await expect(journey.cells(table, await shownMonth(page, month))).toHaveText([String(count)])
  }
  const hours = await journey.table('Hours of mentoring per month')
  for (const [month, count] of perMonth)
    await expect(journey.cells(hours, await shownMonth(page, month))).toHaveText([String(count)])
  await expect(journey.picture('Sessions per month')).toHaveAttribute('aria-label', /12 sessions in all/)

  const heat = 'Sessions, reflections and practice each day, the last 12 months'
  await expect(journey.picture(heat)).toHaveAttribute(
    'aria-label',
    'In the last twelve months: 12 days with something written, 12 sessions, 2 reflections, 1 practice entry.',
  )
  const heatTable = await journey.table(heat)
  const practiceMonth = inDays(-14).slice(0, 7)
  const row = journey.cells(heatTable, await shownMonth(page, practiceMonth))
  await expect(row.nth(1)).toHaveText('2')
  await expect(row.nth(2)).toHaveText('1')

  await expect(journey.main.getByRole('region', { name: 'Skills moving up' })).toContainText(
    'Pivot tables: level 1 (Aware of it) to 3 (Can do it alone)',
  )
  await expect(journey.main.getByRole('region', { name: 'Goals achieved' })).toContainText(
    'Chair a hybrid meeting',
  )

  // One partner: only Kim's session.
  await journey.choosePerson('Kim Lee')
  await expect(journey.total).toHaveText('1 session and 1 hour of mentoring in the last 12 months.')
})

test('A while ago brings back what was learned a month ago, one click from practising it', async ({
  app,
}) => {
  await seedJournal(app.dataDir, journeyJournal().seed)
  const page = await app.restart()
  const { journey } = app
  await journey.open()

  const monthAgo = journey.whileAgo('A month ago')
  await expect(monthAgo).toContainText('Spreadsheets with Kim')
  await expect(monthAgo).toContainText('with Kim Lee')
  await monthAgo.getByRole('button', { name: 'Practise Pivot tables' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Skill' })).toBeVisible()
  await expect(app.skills.name).toHaveValue('Pivot tables')

  // A line that is no skill yet becomes one, and opens it.
  await journey.open()
  await journey
    .whileAgo('A month ago')
    .getByRole('button', { name: 'Practise it as a skill: Shared screens with sound' })
    .click()
  await expect(app.skills.name).toHaveValue('Shared screens with sound')
  await journey.open()
  await expect(
    journey.whileAgo('A month ago').getByRole('button', { name: 'Practise Shared screens with sound' }),
  ).toBeVisible()
})

test('a new journal says in plain words what the Journey will show', async ({ app }) => {
  await app.journey.open()
  await expect(
    app.journey.main.getByRole('heading', { name: 'Your journey starts with a session' }),
  ).toBeVisible()
})

test('Journey holds at 1280×800 and at 760×520 with 150% text, light and dark (screenshots in test-results/journey)', async ({
  app,
}) => {
  test.setTimeout(120_000)
  await mkdir('test-results/journey', { recursive: true })
  await seedJournal(app.dataDir, journeyJournal().seed)
  let page = await app.restart()
  const failures: string[] = []
  for (const [width, height, text] of [
    [1280, 800, 100],
    [760, 520, 150],
  ] as const) {
    const saved = await page.evaluate(
      (size) =>
        (
          window as unknown as { tandem: { settings: { update(i: unknown): Promise<{ ok: boolean }> } } }
        ).tandem.settings.update({ device: { textSize: size } }),
      text,
    )
    expect(saved.ok).toBe(true)
    page = app.page
    await page.reload()
    await page.setViewportSize({ width, height })
    await app.journey.open()
    await expect(app.journey.chart('Sessions per month')).toBeVisible()
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      failures.push(
        ...formatProblems(`journey ${width}×${height} ${text}% ${scheme}`, await measureLayout(page)),
      )
      // Four stops down the screen, so every part is photographed.
      for (const [stop, share] of [0, 1 / 3, 2 / 3, 1].entries()) {
        await page.getByRole('main').evaluate((main, at) => {
          main.scrollTop = (main.scrollHeight - main.clientHeight) * at
        }, share)
        await page.screenshot({
          path: `test-results/journey/journey-${width}x${height}@${text}-${scheme}-${stop}.png`,
        })
      }
      await page.getByRole('main').evaluate((main) => {
        main.scrollTop = 0
      })
    }
    await page.emulateMedia({ colorScheme: 'light' })
  }
  expect(failures, failures.join('\n')).toEqual([])
})
