import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Screens a person looks at: saved as PNGs under test-results/screens/, light and dark, and checked for overflow. */
async function capture(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `${name} (${scheme}) scrolls sideways`).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `test-results/screens/${name}-${scheme}.png` })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

test('the session screens, empty and full, in light and dark', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('heading', { name: 'Welcome to Tandem' })).toBeVisible()
  await capture(page, 'home-empty')
  await page.getByRole('button', { name: 'Sessions', exact: true }).click()
  await capture(page, 'sessions-empty')

  const sessions = [
    {
      title: 'Miro basics with Sam',
      date: '2026-11-24',
      topics: ['Miro', 'retros'],
      learned: 'Dot voting on a board.',
    },
    {
      title: 'LinkedIn for finding speakers',
      date: '2026-11-12',
      topics: ['LinkedIn'],
      learned: 'Boolean search.',
    },
    { title: 'How I prepare a board presentation', date: '2026-10-30', topics: ['leadership'], learned: '' },
  ]
  for (const [index, s] of sessions.entries()) {
    await page.keyboard.press('Control+n')
    await page.getByRole('textbox', { name: 'Title' }).fill(s.title)
    await page.getByLabel('Date').fill(s.date)
    if (index === 0) {
      await page.getByLabel('Partner').selectOption({ label: 'Add a partner…' })
      await page.getByRole('textbox', { name: 'Name' }).fill('Sam Okafor')
      await page.getByRole('button', { name: 'Add partner' }).click()
    } else {
      await page.getByLabel('Partner').selectOption({ label: 'Sam Okafor' })
    }
    for (const topic of s.topics) {
      await page.getByLabel('Topics').fill(topic)
      await page.getByLabel('Topics').press('Enter')
    }
    await page.getByLabel('What I learned').fill(s.learned)
    await page
      .getByLabel('Notes')
      .fill(
        '## What we covered\n\n- Setting up a **board** from a template\n- Voting with dots\n- Exporting to PDF\n\n> Keep it playful.\n\nSee [the Miro guide](https://help.miro.com).',
      )
    await page.getByRole('button', { name: '+ Add action item' }).click()
    await page
      .getByRole('textbox', { name: 'Action item 1', exact: true })
      .fill('Try a retro template with the team')
    await page.getByLabel('Due date for action item 1').fill('2026-11-20')
    await expect(page.getByRole('status')).toHaveText('Saved')
  }
  await capture(page, 'session-editor')
  await page.getByRole('button', { name: 'Delete session' }).click()
  await capture(page, 'session-delete-dialog')
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  await page.getByLabel('Minutes').fill('9999')
  await expect(page.getByRole('status')).toContainText('Not saved')
  await capture(page, 'session-editor-error')
  await page.getByLabel('Minutes').fill('60')
  await expect(page.getByRole('status')).toHaveText('Saved')

  await page.getByRole('button', { name: 'Sessions', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'November 2026' })).toBeVisible()
  await capture(page, 'sessions-list')
  await page.getByRole('button', { name: 'Home', exact: true }).click()
  await capture(page, 'home')
})
