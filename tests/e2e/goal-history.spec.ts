import { inDays, shownShortDate } from './dates'
import { expect, test } from './fixtures'

// Issue 11, defect 9: a goal written down late keeps its own history. The timeline starts on the
// goal's start date, and a back-dated check-in records the progress of its day, or the one entered with it.
test('a back-dated check-in records the progress entered with it; the timeline starts at the start date', async ({
  app,
}) => {
  const { page, goals } = app
  const started = inDays(-80)
  await goals.create({
    title: 'Use shared calendars with the team',
    startDate: started,
    milestones: [{ text: 'Share my calendar', done: true }, { text: 'Book a room from Outlook' }],
  })
  await expect(app.nav.status).toHaveText('Saved')
  // Today's progress is 50% (one of two milestones); weeks ago, before either was done, it was 0%.
  await page.getByLabel('Check-in date').fill(inDays(-60))
  const progress = page.getByLabel('Progress then (%)')
  await expect(progress).toHaveValue('0')
  await progress.fill('20')
  await goals.checkIn('Found where the sharing settings are.')
  const checkIns = page.getByRole('list', { name: 'Check-ins' })
  await expect(checkIns).toContainText('20%')
  await expect(checkIns).not.toContainText('50%')

  const timeline = page.getByRole('list', { name: 'Timeline' })
  await expect(timeline.getByRole('listitem').last()).toContainText('Goal set')
  // Dates as the app shows them (the page's locale): the story starts on the start date, not today.
  const shown = (date: string) => shownShortDate(page, date)
  await expect(timeline.getByRole('listitem').last().locator('.timeline-day')).toHaveText(
    await shown(started),
  )
  await expect(
    timeline.getByRole('listitem').filter({ hasText: 'Check-in at 20%' }).locator('.timeline-day'),
  ).toHaveText(await shown(inDays(-60)))
})
