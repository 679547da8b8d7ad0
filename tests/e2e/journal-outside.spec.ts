import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { inDays } from './dates'
import { expect, test } from './fixtures'

test('a file where the sessions folder should be: Tandem opens and the banner says so', async ({ app }) => {
  await app.sessions.log({ title: 'Miro basics with Sam' })
  await rm(join(app.dataDir, 'sessions'), { recursive: true, force: true })
  await writeFile(join(app.dataDir, 'sessions'), 'not a folder')
  const page = await app.restart()
  const banner = page.getByRole('alert', { name: 'Journal problems' })
  await expect(banner).toContainText('sessions should be a folder')
  await expect(page.getByRole('heading', { name: 'Welcome to Tandem' })).toBeVisible()
})

interface Shard {
  items: Array<Record<string, unknown> & { id: string; title: string }>
}

test('a month file changed outside Tandem is merged with the next save from Tandem, both changes kept', async ({
  app,
}) => {
  const { page, sessions, nav } = app
  const date = inDays(0)
  await sessions.log({ title: 'Miro basics with Sam', date })

  // A sync tool brings in another session and someone else's edit of this one.
  const file = join(app.dataDir, 'sessions', `${date.slice(0, 7)}.json`)
  const shard = JSON.parse(await readFile(file, 'utf8')) as Shard
  const [ours] = shard.items
  if (!ours) throw new Error('The session is not in its month file.')
  shard.items = [
    { ...ours, title: 'Edited on the other computer' },
    { ...ours, id: crypto.randomUUID(), title: 'Logged on the other computer' },
  ]
  await writeFile(file, JSON.stringify(shard, null, 2))

  // Tandem's own edit of the same session, still open in the editor.
  await sessions.fill({ title: 'Miro basics, edited in Tandem' })
  await expect(nav.status).toHaveText('Saved')

  const banner = page.getByRole('alert', { name: 'Journal problems' })
  await expect(banner).toContainText('changed outside Tandem')
  await sessions.openList()
  await expect(sessions.row('Logged on the other computer')).toBeVisible()
  await expect(sessions.row('Miro basics, edited in Tandem')).toBeVisible()
})
