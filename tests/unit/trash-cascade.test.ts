import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTandem } from '../../src/main/app'
import { type DurableFs, nodeDurableFs } from '../../src/main/store/durable-file'
import { callsTo } from './helpers/call'
import { goalDraft, sessionDraft, skillDraft } from './helpers/records'
import { fixedClock, openEngine, tempDir } from './helpers/temp'

/** The real file system, except that every write of `file` fails at its rename, as a full or failing disk would. */
function failingWritesOf(file: string): DurableFs {
  return {
    ...nodeDurableFs,
    async rename(from, to) {
      if (to.endsWith(file)) throw Object.assign(new Error('I/O error'), { code: 'EIO' })
      await nodeDurableFs.rename(from, to)
    },
  }
}

async function engineWith(dir: string, fs: DurableFs) {
  const tandem = await createTandem({
    dataDir: dir,
    resourcesDir: 'resources',
    clock: fixedClock(),
    ports: { openExternal: async () => undefined },
    log: () => undefined,
    fs,
  })
  return { tandem, ...callsTo(tandem.router) }
}

/** A session linked from a goal and a skill, on disk. */
async function seeded() {
  const dir = await tempDir()
  const { tandem, call } = await openEngine(dir)
  const session = await call('sessions:create', sessionDraft())
  const goal = await call('goals:create', goalDraft())
  await call('goals:link-session', { goalId: goal.id, sessionId: session.id })
  const skill = await call('skills:create', skillDraft({ sessionIds: [session.id] }))
  await tandem.close()
  return { dir, session, goal, skill }
}

const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8')
const sessionsOnDisk = async (dir: string) =>
  (JSON.parse(await read(dir, 'sessions/2026-11.json')) as { items: Array<{ id: string }> }).items.map(
    (s) => s.id,
  )
const trashOnDisk = async (dir: string) =>
  (
    JSON.parse(await read(dir, 'trash.json')) as { entries: Array<{ id: string; state: string }> }
  ).entries.map((e) => [e.id, e.state])

describe('a delete tells what happened', () => {
  it('when a listener cannot write: the session is in the trash, the answer says which links are left, and the next open finishes', async () => {
    const { dir, session, goal, skill } = await seeded()
    const goalsBefore = await read(dir, 'goals.json')
    const failing = await engineWith(dir, failingWritesOf('goals.json'))

    const answer = await failing.call('sessions:delete', { id: session.id })
    expect(answer.trashId).toBe(session.id)
    expect(answer.warnings).toHaveLength(1)
    expect(answer.warnings[0]).toMatch(
      /^The session is in the trash, but Tandem could not remove every link to it: Tandem could not save to your journal folder \(the disk reported an error\)\..* Tandem finishes that the next time it opens\.$/,
    )
    expect(answer.warnings[0]).not.toContain('was not changed')
    // On disk: the session is gone and in the trash; the skill (a later listener) still dropped its link.
    expect(await sessionsOnDisk(dir)).toEqual([])
    expect(await trashOnDisk(dir)).toEqual([[session.id, 'deleting']])
    expect(await read(dir, 'goals.json')).toBe(goalsBefore)
    const skills = JSON.parse(await read(dir, 'skills.json')) as { skills: Array<{ sessionIds: string[] }> }
    expect(skills.skills[0]?.sessionIds).toEqual([])
    await failing.tandem.close()

    const healthy = await openEngine(dir)
    expect((await healthy.call('goals:get', { id: goal.id })).sessionIds).toEqual([])
    expect(await trashOnDisk(dir)).toEqual([[session.id, 'deleted']])
    await healthy.call('trash:restore', { id: session.id })
    expect((await healthy.call('goals:get', { id: goal.id })).sessionIds).toEqual([session.id])
    expect((await healthy.call('skills:get', { id: skill.id })).skill.sessionIds).toEqual([session.id])
  })

  it('when goals.json is read-only (a newer version wrote it): the delete goes ahead and leaves that file as it was', async () => {
    const { dir, session } = await seeded()
    const newer = (await read(dir, 'goals.json')).replace('"schemaVersion": 1', '"schemaVersion": 99')
    await writeFile(join(dir, 'goals.json'), newer)

    const { call } = await openEngine(dir)
    expect(await call('sessions:delete', { id: session.id })).toEqual({ trashId: session.id, warnings: [] })
    expect(await read(dir, 'goals.json')).toBe(newer)
    expect(await sessionsOnDisk(dir)).toEqual([])
    expect(await trashOnDisk(dir)).toEqual([[session.id, 'deleted']])
  })

  it('when the trash is read-only: refused in plain words, and nothing changes', async () => {
    const { dir, session, goal } = await seeded()
    const trash = JSON.stringify({ schemaVersion: 99, entries: [] })
    await writeFile(join(dir, 'trash.json'), trash)
    const goalsBefore = await read(dir, 'goals.json')

    const { refusal, call } = await openEngine(dir)
    expect(await refusal('sessions:delete', { id: session.id })).toEqual({
      code: 'read-only',
      message:
        'Tandem could not delete this session: trash.json was made by a newer version of Tandem (format 99; this version reads up to 2). Tandem leaves it untouched; update Tandem to use it. Nothing was changed.',
    })
    expect((await call('sessions:get', { id: session.id })).id).toBe(session.id)
    expect((await call('goals:get', { id: goal.id })).sessionIds).toEqual([session.id])
    expect(await sessionsOnDisk(dir)).toEqual([session.id])
    expect(await read(dir, 'goals.json')).toBe(goalsBefore)
    expect(await read(dir, 'trash.json')).toBe(trash)
  })

  it('when the session’s own file cannot be written: says the change has not reached the disk, and a restart finds it in one place', async () => {
    const { dir, session } = await seeded()
    const failing = await engineWith(dir, failingWritesOf('2026-11.json'))
    const answer = await failing.call('sessions:delete', { id: session.id })
    expect(answer.warnings).toEqual([
      expect.stringMatching(/^The session is in the trash, but the change has not reached the disk yet: /),
    ])
    expect((await failing.call('trash:list')).map((t) => t.id)).toEqual([session.id])
    expect(await sessionsOnDisk(dir)).toEqual([session.id])
    await failing.tandem.close()

    // Both in place and in the trash ("deleting"): the delete never reached the session, so it stays.
    const healthy = await openEngine(dir)
    expect((await healthy.call('sessions:get', { id: session.id })).id).toBe(session.id)
    expect(await healthy.call('trash:list')).toEqual([])
    expect(await trashOnDisk(dir)).toEqual([])
  })
})
