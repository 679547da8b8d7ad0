import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Screens a person looks at: full-page PNGs under test-results/screens/, light and dark, checked for overflow. */
async function capture(page: Page, name: string) {
  // The app scrolls inside its main pane, so a full-page shot needs a window as tall as the content.
  const height = await page.evaluate(() => document.querySelector('.main')?.scrollHeight ?? 860)
  await page.setViewportSize({ width: 1280, height: Math.max(860, height) })
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `${name} (${scheme}) scrolls sideways`).toBeLessThanOrEqual(0)
    await page.screenshot({ path: `test-results/screens/${name}-${scheme}.png`, fullPage: true })
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 860 })
}

function inDays(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

interface GoalSeed {
  title: string
  category: string
  target: string | null
  milestones: { text: string; done?: boolean; due?: string }[]
}

async function addGoal(page: Page, seed: GoalSeed) {
  await page.getByRole('button', { name: 'Goals', exact: true }).click()
  const first = page.getByRole('button', { name: 'Set your first goal' })
  if (await first.isVisible()) await first.click()
  else await page.getByRole('button', { name: 'New goal' }).click()
  const dialog = page.getByRole('dialog', { name: 'New goal' })
  await dialog.getByLabel('Goal', { exact: true }).fill(seed.title)
  await dialog.getByLabel('Category').fill(seed.category)
  await dialog.getByLabel('Start date').fill(inDays(-30))
  if (seed.target) await dialog.getByLabel('Target date').fill(seed.target)
  await dialog.getByRole('button', { name: 'Create goal' }).click()
  await expect(page.getByRole('textbox', { name: 'Goal title' })).toHaveValue(seed.title)
  for (const [index, m] of seed.milestones.entries()) {
    await page.getByRole('button', { name: '+ Add milestone' }).click()
    await page.getByRole('textbox', { name: `Milestone ${index + 1}`, exact: true }).fill(m.text)
    if (m.due) await page.getByLabel(`Due date for milestone ${index + 1}`).fill(m.due)
    if (m.done) await page.getByRole('checkbox', { name: `Done: ${m.text}` }).check()
  }
  await expect(page.getByRole('status')).toHaveText('Saved')
}

test('the goal screens, empty and full, in light and dark', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Goals', exact: true }).click()
  await capture(page, 'goals-empty')
  await page.getByRole('button', { name: 'Set your first goal' }).click()
  await capture(page, 'goal-new-dialog')
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

  await page.keyboard.press('Control+n')
  await page.getByRole('textbox', { name: 'Title' }).fill('LinkedIn search with Ana')
  await page.getByRole('button', { name: '+ Add action item' }).click()
  await page.getByRole('textbox', { name: 'Action item 1', exact: true }).fill('Draft the outreach message')
  await expect(page.getByRole('status')).toHaveText('Saved')

  await addGoal(page, {
    title: 'Run a team retro in Miro',
    category: 'Digital fluency',
    target: inDays(40),
    milestones: [
      { text: 'Learn dot voting', done: true },
      { text: 'Build a retro template', done: true },
      { text: 'Run the retro with the team' },
    ],
  })
  await addGoal(page, {
    title: 'Coach my mentor through a board presentation',
    category: 'Leadership',
    target: inDays(-3),
    milestones: [{ text: 'Outline the story' }, { text: 'Rehearse twice', due: inDays(-5) }],
  })
  await addGoal(page, {
    title: 'Find speakers for our conference on LinkedIn',
    category: 'Digital fluency',
    target: inDays(9),
    milestones: [
      { text: 'Set up a saved search', done: true, due: inDays(-10) },
      { text: 'Message ten people', due: inDays(3) },
      { text: 'Confirm five speakers' },
    ],
  })
  await page
    .getByRole('textbox', { name: 'Why it matters' })
    .fill(
      'Our conference keeps inviting the **same five people**. I want:\n\n- new voices\n- more women on stage',
    )
  await page.getByLabel('Specific outcome').fill('Five new speakers confirmed for the spring conference')
  await page.getByLabel('How I will know').fill('Five signed speaker forms')
  await page.getByLabel('How is it going?').fill('The saved search found twelve people in the first week.')
  await page.getByRole('button', { name: 'Add check-in' }).click()
  await expect(page.getByRole('list', { name: 'Check-ins' })).toContainText('twelve people')

  await page.getByRole('button', { name: 'Sessions', exact: true }).click()
  await page.getByRole('button', { name: /LinkedIn search with Ana/ }).click()
  const panel = page.getByRole('group', { name: 'Goals this session worked on' })
  await panel
    .getByLabel('Goal to link')
    .selectOption({ label: 'Find speakers for our conference on LinkedIn' })
  await panel.getByRole('button', { name: 'Link goal' }).click()
  await page.getByRole('button', { name: 'Make it a milestone' }).click()
  await expect(page.getByLabel('Goal for Draft the outreach message')).toBeVisible()
  await capture(page, 'session-editor-goals')
  await page
    .getByLabel('Goal for Draft the outreach message')
    .selectOption({ label: 'Run a team retro in Miro' })
  await page.getByRole('button', { name: 'Add milestone' }).click()
  await expect(page.getByText('◎ Milestone of Run a team retro in Miro')).toBeVisible()

  await addGoal(page, { title: 'Sleep before midnight', category: 'Wellbeing', target: null, milestones: [] })
  await page.getByRole('button', { name: 'Change status' }).click()
  const statusDialog = page.getByRole('dialog', { name: 'Change status' })
  await statusDialog.getByRole('radio', { name: 'Drop it' }).check()
  await statusDialog.getByLabel('Closing reflection').fill('Not a mentoring goal after all.')
  await statusDialog.getByRole('button', { name: 'Save status' }).click()
  await expect(statusDialog).toBeHidden()

  await page.getByRole('button', { name: 'Goals', exact: true }).click()
  await expect(page.getByRole('list', { name: 'Goals' }).getByRole('listitem')).toHaveCount(3)
  await capture(page, 'goals-list')
  await page.getByLabel('Status').selectOption('all')
  await capture(page, 'goals-list-all')

  await page.getByRole('button', { name: 'Find speakers for our conference on LinkedIn' }).click()
  await expect(page.getByRole('list', { name: 'Linked sessions' })).toContainText('LinkedIn search with Ana')
  await capture(page, 'goal-detail')
  await page.getByRole('button', { name: 'Change status' }).click()
  await page
    .getByRole('dialog', { name: 'Change status' })
    .getByRole('radio', { name: 'Mark it achieved' })
    .check()
  await capture(page, 'goal-status-dialog')
  await page.getByRole('dialog', { name: 'Change status' }).getByRole('button', { name: 'Cancel' }).click()
  await page.getByLabel('Target date').fill('2000-01-01')
  await page.getByRole('radio', { name: 'Set by hand' }).check()
  await expect(page.getByRole('status')).toContainText('Not saved')
  await capture(page, 'goal-detail-error')
  await page.getByLabel('Target date').fill(inDays(9))
  await page.getByRole('radio', { name: 'From milestones' }).check()
  await expect(page.getByRole('status')).toHaveText('Saved')

  await page.getByRole('button', { name: 'Sessions', exact: true }).click()
  await expect(page.getByRole('button', { name: /LinkedIn search with Ana/ })).toContainText('◎')
  await capture(page, 'sessions-list-goals')
  await page.getByRole('button', { name: 'Home', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Goals due soon' })).toContainText('Rehearse twice')
  await capture(page, 'home-goals')
})
