import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { seedJournal } from './seed'

/** Issue 12, find and look back: the search dialog over the real engine in main. */

const make = recordMaker(12)
const partners = make.partners()
const planning = make.session({
  date: inDays(-3),
  title: 'Quarterly planning',
  notes:
    'We went through the budget first.\n\nThen the marmalade story, and a kaleidoscope of ideas for the offsite.',
  actionItems: [
    {
      id: crypto.randomUUID(),
      text: 'Order the lanterns for the offsite',
      done: false,
      due: null,
      doneAt: null,
    },
  ],
})
const retros = [1, 2, 3].map((n) =>
  make.session({
    date: inDays(-10 * n),
    title: `Retro number ${n}`,
    notes: `A retrospective with the tambourine team, round ${n}.`,
  }),
)
const secret = make.session({
  date: inDays(-5),
  title: 'A quiet word',
  notes: 'The walrus plan, not for the report.',
  private: true,
})
const skill = make.skill({ name: 'Running a standup' })
const practice = [make.practice(skill, { date: inDays(-2), note: 'Used it on the xylophone rota' })]
const goal = make.goal({
  title: 'Host a music evening',
  milestones: [make.milestone({ text: 'Book the harpsichord tuner' })],
  checkIns: [make.checkIn({ date: inDays(-4), note: 'The trombone practice is going well.' })],
})
const reflection = make.reflection({
  date: inDays(-1),
  answer: 'The origami workshop showed me how to slow down.',
})

test.beforeEach(async ({ app }) => {
  await seedJournal(app.dataDir, {
    partners,
    sessions: [planning, ...retros, secret],
    goals: [goal],
    skills: [skill],
    practice,
    reflections: [reflection],
  })
  await app.restart()
})

test('a word, a prefix and a misspelt word each find the session and open it at the match', async ({
  app,
}) => {
  const { search, sessions } = app
  for (const [typed, field, selected] of [
    ['marmalade', 'Notes', 'marmalade'],
    ['kaleido', 'Notes', 'kaleidoscope'],
    ['kaliedoscope', 'Notes', 'kaleidoscope'],
    ['lanterns', 'Action item 1', 'lanterns'],
  ] as const) {
    await search.find(typed)
    await expect(search.group('Sessions')).toContainText('1')
    await expect(search.result(/^Quarterly planning/)).toBeVisible()
    await expect(search.result(/^Quarterly planning/).locator('mark')).toHaveText(new RegExp(selected, 'i'))
    await search.openResult(/^Quarterly planning/)
    await expect(sessions.title).toHaveValue('Quarterly planning')
    await expect.poll(() => search.focusedLabel(), typed).toBe(field)
    await expect.poll(() => search.selectedText(), typed).toBe(selected)
  }
})

test('a reflection, a skill, a goal and a partner open at the match; private items only with the filter on', async ({
  app,
}) => {
  const { page, search } = app
  await search.find('origami')
  await expect(search.group('Reflections')).toBeVisible()
  await search.openResult(/origami/)
  await expect(page.getByRole('heading', { level: 1, name: /reflection/i })).toBeVisible()
  await expect.poll(() => search.selectedText()).toBe('origami')

  await search.find('xylophone')
  await expect(search.group('Skills')).toBeVisible()
  await search.openResult(/^Running a standup/)
  await expect(page.getByRole('main')).toContainText('xylophone rota')
  await expect.poll(() => search.selectedText()).toBe('xylophone')

  await search.find('harpsichord')
  await search.openResult(/^Host a music evening/)
  await expect.poll(() => search.focusedLabel()).toBe('Milestone 1')
  await expect.poll(() => search.selectedText()).toBe('harpsichord')

  await search.find('trombone')
  await expect(search.group('Goals')).toBeVisible()
  await search.openResult(/^Host a music evening/)
  await expect(page.getByRole('main')).toContainText('The trombone practice')
  await expect.poll(() => search.selectedText()).toBe('trombone')

  // A partner by their first name: the People screen opens with it selected on their card.
  const name = partners[0]?.name ?? ''
  const first = name.split(' ')[0] ?? ''
  await search.find(first)
  await search
    .group('People')
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible()
  await expect.poll(() => search.selectedText()).toBe(first)

  await search.find('walrus')
  await expect(search.status).toHaveText(/Nothing matches “walrus”/)
  await expect(search.results).toHaveCount(0)
  await search.showFilters()
  await expect(search.includePrivate).not.toBeChecked()
  await search.includePrivate.check()
  await expect(search.result(/^A quiet word/)).toBeVisible()
})

test('an edit is found by its new words right after autosave', async ({ app }) => {
  const { page, search, sessions } = app
  await sessions.open('Retro number 2')
  await page.getByLabel('Notes').fill('Round two ended with a pomegranate for everyone.')
  await expect(app.nav.status).toHaveText('Saved')
  await search.find('pomegranate')
  await expect(search.result(/^Retro number 2/)).toBeVisible()
  await expect(search.results.getByRole('option')).toHaveCount(1)
})

test('Ctrl+K and Edit › Find… open search from any screen; Escape gives focus back; arrows and Enter open', async ({
  app,
}) => {
  const { page, search, sessions } = app
  await app.nav.go('Goals')
  const goals = page.getByRole('heading', { level: 1, name: 'Goals' })
  await expect(goals).toBeFocused()
  await search.open()
  // With words in the box too: one Escape closes (a search box alone would only clear its words).
  await page.keyboard.type('nothing like this')
  await page.keyboard.press('Escape')
  await expect(search.dialog).toBeHidden()
  await expect(goals).toBeFocused()

  await app.nav.go('People')
  await app.sendCommand({ kind: 'open-search' })
  await expect(search.box).toBeFocused()
  await page.keyboard.type('tambourine')
  const options = search.results.getByRole('option')
  await expect(options).toHaveCount(3)
  await expect(search.status).toHaveText('Found 3 sessions for “tambourine”.')
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false')
  const second = await options.nth(1).getAttribute('id')
  await expect(search.box).toHaveAttribute('aria-activedescendant', second ?? '')
  const title = (await options.nth(1).locator('.search-hit-title').textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(search.dialog).toBeHidden()
  await expect(sessions.title).toHaveValue(title)
  await expect.poll(() => search.selectedText()).toBe('tambourine')
})
