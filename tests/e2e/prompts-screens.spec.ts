import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click()

async function shoot(page: Page, name: string, scheme: 'light' | 'dark') {
  // The app scrolls inside its main pane, so a tall window is what shows a whole screen.
  await page.setViewportSize({ width: 1280, height: 2000 })
  await page.screenshot({ path: `test-results/screens/${name}-${scheme}.png`, fullPage: true })
}

test('the Reflect screens, light and dark, for looking at', async ({ app }) => {
  const { page } = app
  await expect(
    page.getByRole('region', { name: 'Prompt of the day' }).locator('blockquote p'),
  ).not.toBeEmpty()
  await shoot(page, 'prompts-home-empty', 'light')

  await page
    .getByRole('region', { name: 'Prompt of the day' })
    .getByRole('button', { name: 'Answer' })
    .click()
  await page
    .getByLabel('Answer')
    .fill('- I want to ask about **news feeds**\n- and offer my notes on negotiation')
  await page.getByRole('radio', { name: '3' }).check()
  await expect(page.getByRole('status')).toHaveText('Saved')

  await nav(page, 'Programs')
  await page.getByRole('button', { name: 'Start Reverse Mentoring in 12 Weeks…' }).click()
  await page.getByRole('button', { name: 'Start program' }).click()
  await expect(page.getByRole('heading', { name: /Week 1 of 12/ })).toBeVisible()
  await page
    .getByRole('listitem', { name: /^Week 2:/ })
    .getByRole('button', { name: 'Mark done' })
    .click()
  await page
    .getByRole('listitem', { name: /^Week 4:/ })
    .getByRole('button', { name: 'Skip' })
    .click()
  await page.getByRole('button', { name: /^Week 5:/ }).click()

  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('Tour of Teams channels')
  const panel = page.getByRole('region', { name: 'Reflect on this session' })
  await panel.getByRole('button', { name: 'Reflect', exact: true }).first().click()
  await panel.getByLabel('Answer').fill('How do they decide which channel to mute?')
  await expect(panel.getByRole('status')).toHaveText('Saved')

  const screens: Array<[string, () => Promise<void>]> = [
    ['prompts-session-panel', async () => {}],
    ['prompts-home', () => nav(page, 'Home')],
    ['prompts-programs', () => nav(page, 'Programs')],
    ['prompts-library', () => nav(page, 'Prompts')],
    ['prompts-reflections', () => nav(page, 'Reflections')],
    [
      'prompts-reflection-editor',
      async () => {
        await nav(page, 'Reflections')
        await page.getByRole('main').getByRole('listitem').last().getByRole('button').click()
      },
    ],
  ]
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    if (scheme === 'dark') {
      await page.keyboard.press('Control+n')
      await page.getByRole('textbox', { name: 'Title' }).fill('Dark session')
      await page
        .getByRole('region', { name: 'Reflect on this session' })
        .getByRole('button', { name: 'Reflect', exact: true })
        .first()
        .click()
    }
    for (const [name, go] of screens) {
      await go()
      await page.waitForTimeout(150)
      await shoot(page, name, scheme)
    }
  }
  await nav(page, 'Prompts')
  await page.getByRole('button', { name: 'New prompt' }).click()
  await page.getByRole('button', { name: 'Add prompt' }).click()
  await page.locator('.preferences summary').click()
  await shoot(page, 'prompts-library-form', 'dark')
})
