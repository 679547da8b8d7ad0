import type { Locator, Page } from '@playwright/test'
import { LONG } from './layout-journal'
import { literally, Navigation } from './models/app'

export type Journal = 'empty' | 'full'

/**
 * A state the layout check visits: how to reach it from any screen, and its primary action. Add a
 * screen by adding an entry (People and Settings join here). `open` starts from wherever the last
 * state left the app; `close` undoes what `open` left open (a dialog) so the next one starts clean.
 */
export interface LayoutScreen {
  name: string
  /** The journals where the screen exists (a goal's page needs a goal). */
  journals: readonly Journal[]
  open(page: Page): Promise<void>
  primary(page: Page): Locator
  close?(page: Page): Promise<void>
}

const both = ['empty', 'full'] as const
const full = ['full'] as const
const main = (page: Page) => page.getByRole('main')
const go = (page: Page, screen: Parameters<Navigation['go']>[0]) => new Navigation(() => page).go(screen)
const firstPrimary = (page: Page) => main(page).locator('.button.primary')
const heading = async (page: Page) => {
  await main(page).getByRole('heading').first().waitFor()
}
const dialog = (page: Page) => page.locator('dialog[open]')
const pressEscape = async (page: Page) => {
  await page.keyboard.press('Escape')
  await dialog(page)
    .waitFor({ state: 'detached' })
    .catch(() => undefined)
}

export const layoutScreens: LayoutScreen[] = [
  { name: 'home', journals: both, open: (p) => go(p, 'Home').then(() => heading(p)), primary: firstPrimary },
  {
    name: 'people',
    journals: both,
    open: (p) => go(p, 'People').then(() => heading(p)),
    primary: (p) => main(p).getByRole('button', { name: 'Add partner' }).first(),
  },
  {
    name: 'partner-page',
    journals: full,
    open: async (p) => {
      await go(p, 'People')
      await main(p)
        .getByRole('button', { name: `Open ${LONG.partner}'s page` })
        .click()
      await main(p).getByRole('heading', { level: 1, name: LONG.partner }).waitFor()
    },
    primary: (p) => main(p).getByRole('button', { name: 'Start a session with this agenda' }),
  },
  {
    name: 'journey',
    journals: both,
    open: (p) => go(p, 'Journey').then(() => heading(p)),
    primary: (p) => main(p).getByLabel('Period'),
  },
  {
    name: 'settings',
    journals: both,
    open: (p) => go(p, 'Settings').then(() => heading(p)),
    primary: (p) => main(p).getByRole('radio').first(),
  },
  {
    name: 'sessions',
    journals: both,
    open: (p) => go(p, 'Sessions').then(() => heading(p)),
    primary: firstPrimary,
  },
  {
    name: 'session-new',
    journals: both,
    open: async (p) => {
      await p.keyboard.press('Control+n')
      await main(p).getByRole('textbox').first().waitFor()
    },
    primary: (p) => main(p).getByRole('textbox').first(),
  },
  {
    name: 'session-existing',
    journals: full,
    open: async (p) => {
      await go(p, 'Sessions')
      await main(p)
        .getByRole('button', { name: literally(LONG.session) })
        .click()
      await main(p).getByRole('textbox').first().waitFor()
    },
    primary: (p) => main(p).getByRole('textbox').first(),
  },
  {
    name: 'session-delete-dialog',
    journals: full,
    open: async (p) => {
      await main(p).getByRole('button', { name: 'Delete session' }).click()
      await dialog(p).waitFor()
    },
    primary: (p) => dialog(p).locator('.button.danger'),
    close: pressEscape,
  },
  {
    name: 'goals',
    journals: both,
    open: (p) => go(p, 'Goals').then(() => heading(p)),
    primary: firstPrimary,
  },
  {
    name: 'goal-new-dialog',
    journals: both,
    open: async (p) => {
      await firstPrimary(p).first().click()
      await dialog(p).waitFor()
    },
    primary: (p) => dialog(p).locator('.button.primary'),
    close: pressEscape,
  },
  {
    name: 'goal-detail',
    journals: full,
    open: async (p) => {
      await main(p)
        .getByRole('button', { name: literally(LONG.goal) })
        .first()
        .click()
      await main(p).getByRole('textbox').first().waitFor()
    },
    primary: (p) => main(p).getByRole('textbox').first(),
  },
  {
    name: 'goal-status-dialog',
    journals: full,
    open: async (p) => {
      await main(p).getByRole('button', { name: 'Change status' }).click()
      await dialog(p).waitFor()
    },
    primary: (p) => dialog(p).locator('.button.primary'),
    close: pressEscape,
  },
  {
    name: 'skills',
    journals: both,
    open: (p) => go(p, 'Skills').then(() => heading(p)),
    primary: firstPrimary,
  },
  {
    name: 'skill-new-form',
    journals: both,
    open: async (p) => {
      await firstPrimary(p).first().click()
      await main(p).getByRole('form').waitFor()
    },
    primary: (p) => main(p).getByRole('form').locator('[type="submit"]'),
  },
  {
    name: 'skill-detail',
    journals: full,
    open: async (p) => {
      await go(p, 'Skills')
      await main(p)
        .getByRole('button', { name: literally(LONG.skill) })
        .first()
        .click()
      await main(p).getByRole('textbox').first().waitFor()
    },
    primary: (p) => main(p).getByRole('textbox').first(),
  },
  {
    name: 'skills-summary',
    journals: both,
    open: async (p) => {
      await go(p, 'Skills')
      await main(p).getByRole('button', { name: 'Summary' }).click()
      await heading(p)
    },
    primary: (p) => main(p).getByRole('button').first(),
  },
  {
    name: 'review',
    journals: both,
    open: (p) => go(p, 'Practise skills').then(() => heading(p)),
    primary: (p) => main(p).locator('.button.primary, .review-card .button').or(main(p).getByRole('button')),
  },
  {
    name: 'reflections',
    journals: both,
    open: (p) => go(p, 'Reflections').then(() => heading(p)),
    primary: firstPrimary,
  },
  {
    name: 'reflection-new',
    journals: both,
    open: async (p) => {
      await go(p, 'Reflections')
      await firstPrimary(p).first().click()
      await main(p).getByRole('textbox').first().waitFor()
    },
    primary: (p) => main(p).getByRole('textbox').first(),
  },
  {
    name: 'reflection-existing',
    journals: full,
    open: async (p) => {
      await go(p, 'Reflections')
      await main(p).locator('.session-list button').first().click()
      await main(p).getByRole('textbox').first().waitFor()
    },
    primary: (p) => main(p).getByRole('textbox').first(),
  },
  {
    name: 'prompts',
    journals: both,
    open: (p) => go(p, 'Prompts').then(() => heading(p)),
    primary: firstPrimary,
  },
  {
    name: 'programs',
    journals: both,
    open: (p) => go(p, 'Programs').then(() => heading(p)),
    primary: (p) => main(p).getByRole('button').first(),
  },
  {
    name: 'export',
    journals: both,
    open: (p) => go(p, 'Export').then(() => heading(p)),
    primary: firstPrimary,
  },
  {
    name: 'trash',
    journals: both,
    open: (p) => go(p, 'Trash').then(() => heading(p)),
    primary: (p) => main(p).getByRole('heading', { level: 1 }).or(main(p).getByRole('button')),
  },
  {
    // Over the last screen, with its filters open: results in the full journal (a word too long to
    // break is among them), the plain "nothing matches" in the empty one.
    name: 'search-dialog',
    journals: both,
    open: async (p) => {
      await p.keyboard.press('ControlOrMeta+KeyK')
      const search = p.getByRole('dialog', { name: 'Search' })
      await search.getByRole('combobox', { name: 'Search your journal' }).fill('recovery')
      // The dialog keeps its words and filters from the last time it was open.
      const filters = search.getByRole('button', { name: 'Filters' })
      if ((await filters.getAttribute('aria-expanded')) !== 'true') await filters.click()
      await search
        .getByRole('status')
        .filter({ hasText: /Found|Nothing matches/ })
        .waitFor()
    },
    primary: (p) =>
      p.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: 'Search your journal' }),
    close: pressEscape,
  },
]

/**
 * `ONLY_SCREENS=journey,people` runs the layout and axe checks on those screens alone (names as in
 * this list or the sidebar, any case): a helper checking the screen it built need not walk them all.
 */
export function chosenScreen(name: string): boolean {
  const only = process.env.ONLY_SCREENS
  return !only || only.toLowerCase().split(',').includes(name.toLowerCase())
}
