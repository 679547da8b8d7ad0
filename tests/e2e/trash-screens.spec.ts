import type { Page } from '@playwright/test'
import { inDays } from './dates'
import { expect, test } from './fixtures'
import { shoot, smallWindow } from './models/screens'

const capture = { expectNoSidewaysScroll: true } as const

/** The small window at 150% text: the size the issue asks every screen to hold at. */
/** Every shot twice: the default window, then 760×520 with 150% text. */
async function both(page: Page, name: string): Promise<void> {
  await shoot(page, name, capture)
  await smallWindow(page, true)
  await shoot(page, `${name}-small`, capture)
  await smallWindow(page, false)
}

test('the Trash screen empty and full, the Undo notice, and the backup list, light and dark', async ({
  app,
}) => {
  const { page, sessions, goals, trash, nav } = app
  await trash.open()
  await expect(page.getByText('The trash is empty')).toBeVisible()
  await both(page, 'trash-empty')

  await goals.create({ title: 'Find speakers on LinkedIn for our spring conference' })
  await sessions.log({ title: 'LinkedIn search with Ana', date: inDays(-2) })
  await goals.linkToSession('Find speakers on LinkedIn for our spring conference')
  await expect(nav.status).toHaveText('Saved')
  await sessions.delete()
  await expect(nav.notice).toContainText('Session deleted.')
  await both(page, 'undo-notice')

  await goals.open('Find speakers on LinkedIn for our spring conference')
  await goals.checkIn('Two replies so far, one speaker said yes.')
  await page.getByRole('button', { name: /^Remove the check-in of/ }).click()
  await expect(nav.notice).toContainText('Check-in removed.')
  await trash.open()
  await expect(trash.row('LinkedIn search with Ana')).toContainText('Linked from the goal')
  await expect(trash.row('Two replies so far')).toContainText('in Find speakers')
  await both(page, 'trash-list')
  await trash.askToEmpty()
  await shoot(page, 'trash-empty-dialog', capture)
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

  await nav.notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(nav.notice).toBeEmpty()
  await app.export.open()
  await expect(app.export.backupList).toContainText('Daily')
  const card = page.getByRole('region', { name: 'Backup and restore' })
  await card.scrollIntoViewIfNeeded()
  await shoot(page, 'export-backups', { ...capture, part: card })
  await smallWindow(page, true)
  await card.scrollIntoViewIfNeeded()
  await shoot(page, 'export-backups-small', capture)
  await smallWindow(page, false)
})
