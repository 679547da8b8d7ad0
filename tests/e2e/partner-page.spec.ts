import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { TEST_ORIGIN } from './runtime/paths'
import { seedJournal } from './seed'

/** Sam: three sessions over three months (none in the middle one), a goal, two skills; Kim: one session. */
function samsJournal() {
  const make = recordMaker(7)
  const sam = make.partner({ name: 'Sam Okafor', direction: 'they-mentor-me', nextSessionOn: inDays(5) })
  const kim = make.partner({ name: 'Kim Lee', direction: 'i-mentor-them' })
  const item = (text: string, done = false) => ({
    id: make.id(),
    text,
    done,
    due: null,
    doneAt: done ? '2026-01-12T10:00:00.000Z' : null,
  })
  const sessions = [
    make.session({
      title: 'Chat basics',
      partnerId: sam.id,
      date: '2026-01-10',
      learned: '- Pinning messages\n- Threads in chat',
      shared: '- How to chair a meeting',
      actionItems: [item('Try threads with the team'), item('Send the slides', true)],
      private: false,
    }),
    make.session({
      title: 'Calendars',
      partnerId: sam.id,
      date: '2026-03-05',
      learned: 'Breakout rooms',
      shared: '',
      actionItems: [],
      private: false,
    }),
    make.session({
      title: 'Shortcuts',
      partnerId: sam.id,
      date: '2026-03-20',
      learned: '- Shared calendars\n- Keyboard shortcuts',
      shared: '- Giving feedback',
      actionItems: [item('Book a room for April')],
      private: false,
    }),
    make.session({ title: 'Kim’s session', partnerId: kim.id, date: '2026-03-21', learned: 'Not Sam’s' }),
  ]
  const goal = make.goal({
    title: 'Run hybrid meetings',
    sessionIds: [sessions[0]?.id ?? '', sessions[2]?.id ?? ''],
  })
  const due = make.skill({
    name: 'Threads',
    direction: 'learned',
    partnerId: sam.id,
    sessionIds: [],
    goalIds: [],
  })
  due.review = { ...due.review, nextReview: inDays(-2), lastReviewed: null }
  const later = make.skill({
    name: 'Pinning',
    direction: 'learned',
    partnerId: sam.id,
    sessionIds: [],
    goalIds: [],
  })
  later.review = { ...later.review, nextReview: inDays(20), lastReviewed: inDays(-1) }
  return { partners: [sam, kim], sessions, goals: [goal], skills: [due, later] }
}

test('a partner’s page counts their sessions per month, what flowed each way, goals, skills and open items', async ({
  app,
}) => {
  await seedJournal(app.dataDir, samsJournal())
  await app.restart()
  const { partnerPage } = app

  await partnerPage.open('Sam Okafor')
  await expect(partnerPage.fact('Sessions held')).toHaveText('3 sessions')
  expect(await partnerPage.monthRows()).toEqual([
    ['January 2026', '1'],
    ['February 2026', '0'],
    ['March 2026', '2'],
  ])
  // The chart is the Journey screen's (one bar chart for the app): a picture to look at after a run.
  await expect(
    partnerPage.section('Sessions over time').getByRole('img', { name: /3 sessions in all/ }),
  ).toBeVisible()
  await partnerPage
    .section('Sessions over time')
    .screenshot({ path: test.info().outputPath('sessions-over-time.png') })
  const sessions = partnerPage
    .section('Sessions over time')
    .getByRole('list', { name: 'Sessions with Sam Okafor' })
  await expect(sessions.getByRole('listitem')).toHaveCount(3)
  await expect(sessions.getByRole('button')).toHaveText(['Shortcuts', 'Calendars', 'Chat basics'])

  const flow = partnerPage.section('What flowed each way')
  await expect(flow.getByText('5 lines')).toBeVisible()
  await expect(flow.getByText('2 lines')).toBeVisible()
  for (const line of [
    'Shared calendars',
    'Keyboard shortcuts',
    'Breakout rooms',
    'Pinning messages',
    'Giving feedback',
  ])
    await expect(flow.getByText(line)).toBeVisible()
  await expect(flow.getByText('Not Sam’s')).toHaveCount(0)

  await expect(partnerPage.section('Goals linked to their sessions').getByRole('listitem')).toHaveText([
    /Run hybrid meetings · Active · 2 sessions/,
  ])
  await expect(partnerPage.section('Skills').getByRole('listitem')).toHaveText([
    'Pinning · Learned',
    'Threads · Learned · Due for practice',
  ])
  await expect(partnerPage.section('Open action items').getByRole('listitem')).toHaveText([
    /^Book a room for April/,
    /^Try threads with the team/,
  ])

  // From the page to the editors.
  await partnerPage.section('Skills').getByRole('button', { name: 'Threads' }).click()
  await expect(app.skills.name).toHaveValue('Threads')
})

test('an agenda is built, edited, copied, and started as a new session with the agenda in its notes', async ({
  app,
}) => {
  await seedJournal(app.dataDir, samsJournal())
  const page = await app.restart()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: TEST_ORIGIN })
  const { partnerPage } = app

  await partnerPage.open('Sam Okafor')
  const built = await partnerPage.agenda.inputValue()
  expect(built).toContain(`## Next session with Sam Okafor (${inDays(5)})`)
  expect(built).toContain(
    '### Open action items\n- Book a room for April\n- Try threads with the team\n\n' +
      '### Skills they taught me, due for practice\n- Threads\n\n' +
      '### What I learned last time\n- Shared calendars\n- Keyboard shortcuts\n\n### Before we start\n- ',
  )
  expect(built).not.toContain('Send the slides')
  expect(built).not.toContain('Pinning\n')

  const edited = `${built}- Ask about the April offsite\n`
  await partnerPage.agenda.fill(edited)
  // Leaving the page and coming back finds the agenda as the user left it.
  await app.nav.go('Sessions')
  await partnerPage.open('Sam Okafor')
  await expect(partnerPage.agenda).toHaveValue(edited)
  await partnerPage.copyAgenda()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(edited)

  await partnerPage.startSession()
  await expect(page.getByLabel('Notes')).toHaveValue(edited)
  await expect(app.sessions.title).toHaveValue('Session with Sam Okafor')
  await partnerPage.open('Sam Okafor')
  await expect(partnerPage.fact('Sessions held')).toHaveText('4 sessions')
  const sessions = partnerPage
    .section('Sessions over time')
    .getByRole('list', { name: 'Sessions with Sam Okafor' })
  await expect(sessions.getByRole('button').first()).toHaveText('Session with Sam Okafor')
  // Once started, the next agenda is built afresh.
  expect(await partnerPage.agenda.inputValue()).not.toContain('Ask about the April offsite')
})

test('a partner with no sessions gets plain-word empty states and an agenda to write', async ({ app }) => {
  const { people, partnerPage } = app
  await people.open()
  await people.add('Lee Park')
  await partnerPage.open('Lee Park')
  await expect(partnerPage.fact('Sessions held')).toHaveText('0 sessions')
  await expect(partnerPage.section('Sessions over time')).toContainText('No sessions with Lee Park yet')
  await expect(partnerPage.section('Open action items')).toContainText('Nothing is open with Lee Park.')
  await expect(partnerPage.agenda).toHaveValue(/^## Next session with Lee Park\n\n### Before we start\n- /)
})
