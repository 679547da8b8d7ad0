import { cp, readdir, readFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { createTandem, type Tandem } from '../../src/main/app'
import type { ChannelName, InputOf, OutputOf } from '../../src/shared/contract'
import { fixedClock, tempDir } from './helpers/temp'

/**
 * Journals and backups as older builds wrote them, frozen under tests/fixtures/ (never regenerated):
 * each is opened by today's engine, through the router as the app does, and must come through whole.
 * Only schemaVersion 1 exists so far, so journal-v1 is the baseline the first migration will be tested from.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
const JOURNALS = ['journal-v1'] as const
const BACKUPS = ['backup-v1.tandem-backup.json'] as const

const opened: Tandem[] = []

// Closed before tempDir's own afterEach removes their folders (hooks registered later run first).
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()))
})

async function engine(dataDir: string, openFile: string | null = null): Promise<Tandem> {
  const tandem = await createTandem({
    dataDir,
    resourcesDir: 'resources',
    clock: fixedClock('2026-11-27T10:00:00.000Z'),
    ports: { openExternal: async () => undefined, chooseOpenPath: async () => openFile },
    log: () => undefined,
  })
  opened.push(tandem)
  return tandem
}

/** One request through the router, typed from the contract; a refusal fails the test with its message. */
async function ask<K extends ChannelName>(
  tandem: Tandem,
  channel: K,
  input?: InputOf<K>,
): Promise<OutputOf<K>> {
  const answer = await tandem.router.handle(channel, input)
  if (!answer.ok) throw new Error(`${channel} was refused: ${answer.error.message}`)
  return answer.value as OutputOf<K>
}

/** Every file of a journal folder and its bytes, by path relative to the folder. */
async function filesOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    if (name.endsWith('.json')) files[name] = await readFile(join(dir, name), 'utf8')
  }
  return files
}

/** What a journal made from the fixtures must show, whichever way it arrived (opened or restored). */
async function expectFixtureJournal(tandem: Tandem): Promise<void> {
  expect((await ask(tandem, 'journal:status')).problems).toEqual([])

  const partners = await ask(tandem, 'partners:list')
  expect(partners.map((p) => p.name).sort()).toEqual(['Ada Lin', 'Sam Okafor'])
  const sam = partners.find((p) => p.name === 'Sam Okafor')
  // Partners from version 1 are neither archived nor have a next session planned.
  expect(partners.map((p) => [p.archived, p.nextSessionOn])).toEqual([
    [false, null],
    [false, null],
  ])

  const sessions = await ask(tandem, 'sessions:list')
  expect(sessions.map((s) => s.title)).toEqual([
    'Salary worries',
    'Prompting an AI assistant',
    'Miro basics with Sam',
  ])
  const miro = sessions.find((s) => s.title === 'Miro basics with Sam')
  expect(miro).toMatchObject({ date: '2026-10-14', partnerId: sam?.id, actionItems: 2, openActionItems: 1 })
  expect(sessions.find((s) => s.title === 'Salary worries')?.private).toBe(true)
  const miroSession = await ask(tandem, 'sessions:get', { id: miro?.id ?? '' })
  expect(miroSession.topics).toEqual(['Miro', 'retros'])
  expect(miroSession.notes).toBe('We tried **sticky notes** and voting.')
  // Sessions from version 1 have no starred lines.
  expect(miroSession.starred).toEqual({ learned: [], shared: [] })

  const goals = await ask(tandem, 'goals:list')
  expect(goals.map((g) => [g.title, g.status])).toEqual(
    expect.arrayContaining([
      ['Run our retros on Miro', 'active'],
      ['Sleep before midnight', 'dropped'],
    ]),
  )
  const retros = goals.find((g) => g.title === 'Run our retros on Miro')
  expect(retros?.milestones.map((m) => [m.text, m.done])).toEqual([
    ['Learn dot voting', true],
    ['Send Sam the facilitation guide', false],
  ])
  // The milestone made from an action item still points at it; both linked sessions are still linked.
  const fromItem = retros?.milestones[1]?.fromActionItem
  expect(fromItem?.sessionId).toBe(miro?.id)
  expect(miroSession.actionItems.map((i) => i.id)).toContain(fromItem?.itemId)
  expect(retros?.sessionIds).toHaveLength(2)
  expect(retros?.checkIns.map((c) => c.note)).toEqual(['Two retros done, one to go.'])
  expect(goals.find((g) => g.title === 'Sleep before midnight')?.closingReflection).toBe(
    'Not a mentoring goal after all.',
  )

  const skills = await ask(tandem, 'skills:list')
  const voting = skills.find((s) => s.name === 'Dot voting on a Miro board')
  expect(skills).toHaveLength(2)
  expect(voting).toMatchObject({ level: 4, practiceCount: 2, partnerId: sam?.id, goalIds: [retros?.id] })
  expect(voting?.sessionIds).toEqual([miro?.id])
  const detail = await ask(tandem, 'skills:get', { id: voting?.id ?? '' })
  expect(detail.practice.map((p) => p.note)).toEqual([
    'Ran the vote for the offsite',
    'Ran a vote in the team retro',
  ])
  expect(skills.find((s) => s.name === 'Running a retro people enjoy')?.review.reviews).toBe(1)

  const reflections = await ask(tandem, 'reflections:list')
  expect(reflections).toHaveLength(2)
  const answered = reflections.find((r) => r.prompt !== null)
  expect(answered).toMatchObject({ sessionId: miro?.id, goalIds: [retros?.id], skillIds: [voting?.id] })
  expect(answered?.prompt?.id).toBe('df-ai-question')

  const library = await ask(tandem, 'prompts:library')
  const custom = library.prompts.find((p) => p.text === 'Which shortcut did I pretend to know already?')
  expect(custom).toMatchObject({ pinned: true })
  expect(library.prompts.find((p) => p.id === 'df-pace-check')).toMatchObject({ hidden: true })

  const [program, ...others] = await ask(tandem, 'programs:list')
  expect(others).toEqual([])
  expect(program?.partnerId).toBe(sam?.id)
  expect(program?.weeks.find((w) => w.week === 1)?.markedDone).toBe(true)
  expect(program?.weeks.find((w) => w.week === 2)?.theme).toBe('Our own ground rules')
}

describe.each(JOURNALS)('a journal folder frozen as %s', (name) => {
  test('opens with every record and link, and nothing reported', async () => {
    const dir = await tempDir()
    await cp(join(FIXTURES, name), dir, { recursive: true })
    const tandem = await engine(dir)
    await expectFixtureJournal(tandem)
    // trash.json (format 1, added to the folder by the build before sessions format 2) holds a deleted
    // session without starred lines: it is listed, and restores whole, with no stars.
    const trash = await ask(tandem, 'trash:list')
    expect(trash.map((t) => [t.kind, t.title])).toEqual([['session', 'Keyboard shortcuts, deleted']])
    await ask(tandem, 'trash:restore', { id: trash[0]?.id ?? '' })
    const back = await ask(tandem, 'sessions:get', { id: trash[0]?.id ?? '' })
    expect(back).toMatchObject({
      title: 'Keyboard shortcuts, deleted',
      learned: '- Ctrl+Shift+T reopens a closed tab',
      actionItems: [{ text: 'Print the cheat sheet', done: false }],
      starred: { learned: [], shared: [] },
    })
  })

  test('opening and reading rewrite no file; a save rewrites only the shard it touched', async () => {
    const dir = await tempDir()
    await cp(join(FIXTURES, name), dir, { recursive: true })
    const before = await filesOf(dir)
    const tandem = await engine(dir)
    await expectFixtureJournal(tandem)
    await tandem.journal.settle()
    expect(await filesOf(dir)).toEqual(before)

    const november = (await ask(tandem, 'sessions:list')).find((s) => s.title === 'Prompting an AI assistant')
    const session = await ask(tandem, 'sessions:get', { id: november?.id ?? '' })
    const { id, createdAt: _c, updatedAt: _u, ...draft } = session
    await ask(tandem, 'sessions:update', { ...draft, id, title: 'Prompting an AI assistant, again' })
    await tandem.close()
    const after = await filesOf(dir)
    const changed = Object.keys(after).filter((path) => after[path] !== before[path])
    // The first change of the day also writes the day's automatic backup, a new file beside the journal.
    const backups = changed.filter((path) => path.startsWith(`backups${sep}`))
    expect(backups.some((path) => path.endsWith('.tandem-backup.json'))).toBe(true)
    expect(changed.filter((path) => !backups.includes(path))).toEqual([join('sessions', '2026-11.json')])
    // The saved month is written in today's format (sessions: version 2, with stars); the other stays as it was.
    const saved = JSON.parse(after[join('sessions', '2026-11.json')] ?? '{}')
    expect(saved.schemaVersion).toBe(2)
    expect(saved.items.map((s: { starred: unknown }) => s.starred)).toEqual(
      saved.items.map(() => ({ learned: [], shared: [] })),
    )
    expect(JSON.parse(after[join('sessions', '2026-10.json')] ?? '{}').schemaVersion).toBe(1)
  })
})

describe.each(BACKUPS)('a backup file frozen as %s', (name) => {
  test('is accepted, restores into an empty journal, and reads back whole', async () => {
    const tandem = await engine(await tempDir(), join(FIXTURES, name))
    const summary = await ask(tandem, 'export:inspect-backup')
    expect(summary).toMatchObject({
      documents: 11,
      items: { sessions: 3, practice: 2, reflections: 2 },
    })
    await ask(tandem, 'export:restore', { token: summary?.token ?? '' })
    await expectFixtureJournal(tandem)
  })
})

test('every older version of every document has a frozen journal to migrate from', async () => {
  const tandem = await engine(await tempDir())
  const frozen = new Set(await readdir(FIXTURES))
  for (const entry of tandem.journal.registered) {
    // A bump to version N + 1 needs the version-N files frozen first (journal-vN), to test its migration.
    for (let version = 1; version < entry.format.current; version++) {
      const where = entry.kind === 'document' ? entry.path : entry.folder
      expect(frozen.has(`journal-v${version}`), `${where} version ${version}`).toBe(true)
    }
  }
  expect(frozen.has('journal-v1')).toBe(true)
})
