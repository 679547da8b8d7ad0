import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { recordMaker } from '../bench/records'
import { inDays } from './dates'
import { type AppFixture, expect, test } from './fixtures'
import { chosenScreen } from './layout-screens'
import { seedJournal } from './seed'

/**
 * axe (WCAG 2.0/2.1 A and AA, 2.2 AA, best practice) on every screen and open dialog, on an empty
 * journal and on a realistic one, in light, dark and high contrast. No rule is disabled: a finding is
 * fixed where it comes from. The findings of a whole run are gathered and reported together, so one
 * run shows everything left to fix.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

interface Look {
  name: string
  theme: 'light' | 'dark'
  highContrast: boolean
}
const light: Look = { name: 'light', theme: 'light', highContrast: false }
const dark: Look = { name: 'dark', theme: 'dark', highContrast: false }
const contrastLight: Look = { name: 'high contrast, light', theme: 'light', highContrast: true }
const contrastDark: Look = { name: 'high contrast, dark', theme: 'dark', highContrast: true }
/** Every look on both journals (issue 11: light, dark and high contrast, empty and full). */
const EMPTY_LOOKS = [light, dark, contrastLight, contrastDark]
const FULL_LOOKS = [light, dark, contrastLight, contrastDark]

interface WithSettings {
  tandem: { settings: { update(input: { device: Record<string, unknown> }): Promise<unknown> } }
}

/** Sets the look through device settings, as the Settings screen does, and reloads. */
async function applyLook(page: Page, look: Look): Promise<void> {
  await page.evaluate((device) => (window as unknown as WithSettings).tandem.settings.update({ device }), {
    theme: look.theme,
    highContrast: look.highContrast,
  })
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', look.theme)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** One screen or dialog: how to get there (from any screen) and what shows it is ready. */
interface Stop {
  name: string
  open(app: AppFixture): Promise<void>
}

/** The rules a colour theme can change: the other looks run only these (the rest cannot differ by look). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

async function findings(page: Page, look: Look): Promise<string[]> {
  // Legacy mode runs axe in the page itself (no second page, which the Electron runtime cannot open).
  const builder = new AxeBuilder({ page }).setLegacyMode()
  const everything = look === light
  if (everything) builder.withTags(TAGS)
  else builder.withRules(COLOUR_RULES)
  const result = await builder.analyze()
  const headings = await page.locator('h1').count()
  const one = !everything || headings === 1 ? [] : [`${headings} h1 elements (every screen has exactly one)`]
  return one.concat(
    result.violations.map(
      (v) =>
        `${v.id} (${v.impact}) ${v.help}\n${v.nodes
          .slice(0, 4)
          .map(
            (n) => `      ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
          )
          .join('\n')}`,
    ),
  )
}

/** Every stop in one look; what axe found, the same finding on many screens said once with their names. */
async function tour(app: AppFixture, stops: Stop[], look: Look): Promise<string> {
  await applyLook(app.page, look)
  const found = new Map<string, string[]>()
  for (const stop of stops.filter((s) => chosenScreen(s.name))) {
    await stop.open(app)
    for (const finding of await findings(app.page, look))
      found.set(finding, [...(found.get(finding) ?? []), stop.name])
    await app.page.keyboard.press('Escape')
  }
  return [...found].map(([finding, where]) => `${finding}\n    on: ${where.join(', ')}`).join('\n')
}

const h1 = (app: AppFixture, name: string | RegExp) =>
  expect(app.page.getByRole('heading', { level: 1, name })).toBeVisible()

/** Screens every journal has, reached from the sidebar. */
function sidebarStops(): Stop[] {
  const screens = [
    'Home',
    'Sessions',
    'People',
    'Goals',
    'Skills',
    'Practise skills',
    'Reflections',
    'Prompts',
    'Programs',
    'Export',
    'Trash',
    'Settings',
    'Journey',
  ] as const
  return screens.map((screen) => ({
    name: screen,
    async open(app) {
      await app.nav.go(screen)
      await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible()
    },
  }))
}

const newSession: Stop = {
  name: 'new session',
  async open(app) {
    await app.sessions.startNew()
    await expect(app.sessions.title).toBeFocused()
  },
}
const newReflection: Stop = {
  name: 'new reflection',
  async open(app) {
    await app.nav.go('Reflections')
    await app.page.getByRole('button', { name: 'New reflection' }).click()
    await h1(app, /reflection/i)
  },
}
const skillsSummary: Stop = {
  name: 'skills summary',
  async open(app) {
    await app.nav.go('Skills')
    await app.page.getByRole('button', { name: /summary/i }).click()
    await h1(app, /summary|learned/i)
  },
}
const newGoalDialog: Stop = {
  name: 'new goal dialog',
  async open(app) {
    await app.nav.go('Goals')
    await app.page.getByRole('button', { name: /^(New goal|Set your first goal)$/ }).click()
    await expect(app.page.getByRole('dialog')).toBeVisible()
  },
}
/** Ctrl+K over the last screen: words typed, the filters open, the results (or none) shown. */
const searchDialog: Stop = {
  name: 'search dialog',
  async open(app) {
    await app.search.find('retros')
    await app.search.showFilters()
  },
}
const addPartnerForm: Stop = {
  name: 'add partner form',
  async open(app) {
    await app.sessions.startNew()
    await app.page.getByRole('button', { name: 'Add partner' }).click()
    await expect(app.page.getByRole('group', { name: 'New partner' })).toBeVisible()
  },
}

/** A journal of three months with five partners, as the issue's test user kept it. */
async function seedRealistic(dataDir: string): Promise<void> {
  const make = recordMaker(11)
  const partners = make.partners()
  const sessions = Array.from({ length: 10 }, (_, i) =>
    make.session({
      date: inDays(-7 * i - 1),
      title:
        i === 0
          ? 'Two-factor sign-in on every account we share, and a password manager for the team'
          : `Session ${10 - i}: retros, LinkedIn and the board deck`,
    }),
  )
  const goals = [
    make.goal({
      title: 'Find speakers on LinkedIn with a saved search that runs every week',
      startDate: inDays(-80),
      targetDate: inDays(10),
      milestones: [
        make.milestone({ text: 'Set up the saved search', done: true }),
        make.milestone({ text: 'Write to five people', done: false }),
        make.milestone({ text: 'Book two speakers', done: false }),
      ],
      sessionIds: [sessions[0]?.id ?? ''],
    }),
    make.goal({ title: 'Run our retros on Miro', startDate: inDays(-40), targetDate: inDays(30) }),
  ]
  const skills = [
    make.skill({ name: 'Saved searches on LinkedIn', firstMet: inDays(-60), goalIds: [goals[0]?.id ?? ''] }),
    make.skill({ name: 'Dot voting on a board', firstMet: inDays(-30) }),
  ]
  const practice = skills.map((skill) => make.practice(skill, { date: inDays(-3) }))
  const reflections = [
    make.reflection({ date: inDays(-2), answer: 'The saved search found twelve people; two replied.' }),
    make.reflection({ date: inDays(-9), answer: 'Showing first, then explaining, halved the time.' }),
  ]
  await seedJournal(dataDir, { partners, sessions, goals, skills, practice, reflections })
}

test.describe.configure({ timeout: 150_000 })

/*
 * The empty journal visits the screens whose empty state differs; Prompts, Export, the new reflection
 * and the dialogs are the same in both journals and are scanned with the full one.
 */
const SAME_WHEN_EMPTY = new Set(['Prompts', 'Export'])
const emptyStops: Stop[] = [
  ...sidebarStops().filter((stop) => !SAME_WHEN_EMPTY.has(stop.name)),
  newSession,
  searchDialog,
]

for (const look of EMPTY_LOOKS) {
  test(`axe finds nothing on any screen of an empty journal, ${look.name}`, async ({ app }) => {
    const found = await tour(app, emptyStops, look)
    expect(found, found).toBe('')
  })
}

const fullStops: Stop[] = [
  ...sidebarStops(),
  newSession,
  {
    name: 'existing session',
    async open(app) {
      await app.sessions.open('Two-factor sign-in')
      await expect(app.sessions.title).toHaveValue(/Two-factor/)
    },
  },
  {
    name: 'goal detail',
    async open(app) {
      await app.goals.open('Find speakers on LinkedIn with a saved search that runs every week')
      await expect(app.goals.title).toHaveValue(/Find speakers/)
    },
  },
  {
    name: 'skill detail',
    async open(app) {
      await app.skills.open('Saved searches on LinkedIn')
      await expect(app.skills.name).toHaveValue('Saved searches on LinkedIn')
    },
  },
  {
    name: 'practise skills, answer shown',
    async open(app) {
      await app.nav.go('Practise skills')
      await app.skills.reveal()
    },
  },
  skillsSummary,
  {
    name: 'partner page',
    async open(app) {
      await app.nav.go('People')
      await app.page
        .getByRole('button', { name: /^Open .+'s page$/ })
        .first()
        .click()
      await expect(app.page.getByRole('region', { name: 'Prepare the next session' })).toBeVisible()
      await expect(app.page.getByLabel('Agenda')).toHaveValue(/Next session with/)
    },
  },
  {
    name: 'reflection editor',
    async open(app) {
      await app.reflections.open('The saved search found')
      await h1(app, /reflection/i)
    },
  },
  newReflection,
  newGoalDialog,
  addPartnerForm,
  searchDialog,
  {
    name: 'change status dialog',
    async open(app) {
      await app.goals.open('Run our retros on Miro')
      await app.goals.openStatusDialog()
    },
  },
  {
    name: 'delete confirmation',
    async open(app) {
      await app.goals.open('Run our retros on Miro')
      await app.goals.askToDelete()
    },
  },
]

for (const look of FULL_LOOKS) {
  test(`axe finds nothing on any screen of a three-month journal, ${look.name}`, async ({ app }) => {
    await seedRealistic(app.dataDir)
    const page = await app.restart()
    // Something in the trash, and a started program, so those screens show their lists.
    await app.reflections.startProgram('Reverse Mentoring in 12 Weeks')
    await app.sessions.open('Session 1:')
    await app.sessions.delete()
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
    const found = await tour(app, fullStops, look)
    expect(found, found).toBe('')
  })
}
