import { expect, test } from './fixtures'
import { shoot } from './models/screens'

/** The app scrolls inside its main pane, so a tall window is what shows a whole screen; one scheme a shot. */
const tall = (scheme: 'light' | 'dark') => ({ height: 2000, fullPage: true, onlyScheme: scheme }) as const

test('the Reflect screens, light and dark, for looking at', async ({ app }) => {
  const { page, nav, reflections } = app
  await expect(reflections.promptOfTheDay.locator('blockquote p')).not.toBeEmpty()
  await shoot(page, 'prompts-home-empty', tall('light'))

  await reflections.promptOfTheDay.getByRole('button', { name: 'Answer' }).click()
  await page
    .getByLabel('Answer')
    .fill('- I want to ask about **news feeds**\n- and offer my notes on negotiation')
  await page.getByRole('radio', { name: '3' }).check()
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Saved')

  await reflections.startProgram('Reverse Mentoring in 12 Weeks')
  await expect(page.getByRole('heading', { name: /Week 1 of 12/ })).toBeVisible()
  const program = reflections.program('Reverse Mentoring in 12 Weeks')
  await reflections.week(program, 2).getByRole('button', { name: 'Mark done' }).click()
  await reflections.week(program, 4).getByRole('button', { name: 'Skip' }).click()
  await page.getByRole('button', { name: /^Week 5:/ }).click()

  await app.sessions.startNew()
  await app.sessions.fill({ title: 'Tour of Teams channels' })
  const panel = reflections.sessionPanel
  await panel.getByRole('button', { name: 'Reflect', exact: true }).first().click()
  await panel.getByLabel('Answer').fill('How do they decide which channel to mute?')
  await expect(panel.getByRole('status')).toHaveText('Saved')

  const screens: Array<[string, () => Promise<void>]> = [
    ['prompts-session-panel', async () => {}],
    ['prompts-home', () => nav.go('Home')],
    ['prompts-programs', () => nav.go('Programs')],
    ['prompts-library', () => nav.go('Prompts')],
    ['prompts-reflections', () => nav.go('Reflections')],
    [
      'prompts-reflection-editor',
      async () => {
        await nav.go('Reflections')
        await page.getByRole('main').getByRole('listitem').last().getByRole('button').click()
      },
    ],
  ]
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    if (scheme === 'dark') {
      await app.sessions.startNew()
      await app.sessions.fill({ title: 'Dark session' })
      await reflections.sessionPanel.getByRole('button', { name: 'Reflect', exact: true }).first().click()
    }
    for (const [name, go] of screens) {
      await go()
      await page.waitForTimeout(150)
      await shoot(page, name, tall(scheme))
    }
  }
  await nav.go('Prompts')
  await page.getByRole('button', { name: 'New prompt' }).click()
  await page.getByRole('button', { name: 'Add prompt' }).click()
  await page.locator('.preferences summary').click()
  await shoot(page, 'prompts-library-form', tall('dark'))
})
