import { expect, test } from './fixtures'

// Issue 11, defect 8: the default period covers the last three months up to today, an empty period
// cannot be exported (and says why), and an old result does not stay once the choices change.
test('export starts on the last 3 months, refuses an empty period with a reason, and clears old results', async ({
  app,
}) => {
  const { page } = app
  await app.export.open()
  const period = page.getByLabel('Period', { exact: true })
  await expect(period.locator('option:checked')).toHaveText('Last 3 months')
  const pdf = page.getByRole('button', { name: 'Export PDF…' })
  const markdown = page.getByRole('button', { name: 'Export Markdown…' })
  // A new journal holds nothing: both exports are off, with the reason in words.
  await expect(page.getByText(/Nothing to export: the sections you chose hold nothing/)).toBeVisible()
  await expect(pdf).toBeDisabled()
  await expect(markdown).toBeDisabled()

  await app.sessions.log({ title: 'Calendar sharing', learned: 'Sharing a calendar with my team.' })
  await app.export.open()
  await expect(page.locator('.export-preview')).toContainText('1 session')
  await expect(pdf).toBeEnabled()
  await app.export.exportMarkdown()
  await expect(page.getByText(/Saved \d+ Markdown files? to/)).toBeVisible()
  // A different choice: the old "Saved …" line goes, since it no longer describes what would be exported.
  await app.export.choosePeriod('All time')
  await expect(page.getByText(/Saved \d+ Markdown files? to/)).toHaveCount(0)
})
