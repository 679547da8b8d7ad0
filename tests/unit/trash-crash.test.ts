import { describe, expect, it } from 'vitest'
import { createTandem } from '../../src/main/app'
import { type Calls, callsTo } from './helpers/call'
import { crashingFs } from './helpers/crashing-fs'
import { goalDraft, reflectionDraft, sessionDraft, skillDraft } from './helpers/records'
import { fixedClock, openEngine, tempDir } from './helpers/temp'

/** A session linked from a goal, a skill and a reflection. */
async function seeded(deleted: boolean) {
  const dir = await tempDir()
  const { tandem, call } = await openEngine(dir)
  const session = await call('sessions:create', sessionDraft())
  const goal = await call('goals:create', goalDraft())
  await call('goals:link-session', { goalId: goal.id, sessionId: session.id })
  const skill = await call('skills:create', skillDraft({ sessionIds: [session.id] }))
  const reflection = await call('reflections:create', reflectionDraft({ sessionId: session.id }))
  if (deleted) await call('sessions:delete', { id: session.id })
  await tandem.close()
  return { dir, ids: { session: session.id, goal: goal.id, skill: skill.id, reflection: reflection.id } }
}

type Ids = Awaited<ReturnType<typeof seeded>>['ids']

async function expectLinked({ call }: Calls, ids: Ids) {
  expect((await call('goals:get', { id: ids.goal })).sessionIds).toEqual([ids.session])
  expect((await call('skills:get', { id: ids.skill })).skill.sessionIds).toEqual([ids.session])
  expect((await call('reflections:get', { id: ids.reflection })).sessionId).toBe(ids.session)
}

/** After the crash: the session is in exactly one place, and wherever it is, it comes back with its links. */
async function expectOneCopyWithLinks(dir: string, ids: Ids): Promise<'in place' | 'in the trash'> {
  const engine = await openEngine(dir)
  const inPlace = (await engine.callResult('sessions:get', { id: ids.session })).ok
  const inTrash = (await engine.call('trash:list')).some((t) => t.id === ids.session)
  expect(inPlace !== inTrash).toBe(true)
  if (inTrash) await engine.call('trash:restore', { id: ids.session })
  await expectLinked(engine, ids)
  await engine.tandem.close()
  return inPlace ? 'in place' : 'in the trash'
}

/** Runs `act` against the journal with a crash at every step in turn, until it runs to the end untouched. */
async function everyCrash(deleted: boolean, act: (calls: Calls, ids: Ids) => Promise<unknown>) {
  const outcomes = new Set<string>()
  for (let crashAt = 1; crashAt < 200; crashAt += 1) {
    const { dir, ids } = await seeded(deleted)
    const { fs, steps } = crashingFs(crashAt)
    const tandem = await createTandem({
      dataDir: dir,
      resourcesDir: 'resources',
      clock: fixedClock(),
      ports: { openExternal: async () => undefined },
      log: () => undefined,
      fs,
    })
    await act(callsTo(tandem.router), ids)
    await tandem.close()
    outcomes.add(await expectOneCopyWithLinks(dir, ids))
    if (steps() < crashAt) return { crashes: crashAt - 1, outcomes }
  }
  throw new Error('the change never ran to its end')
}

describe('a crash in the middle of a delete or a restore', () => {
  it('never loses the session: after any step it is in place or in the trash, and comes back with its links', async () => {
    const { crashes, outcomes } = await everyCrash(false, (calls, ids) =>
      calls.callResult('sessions:delete', { id: ids.session }),
    )
    expect(crashes).toBeGreaterThan(10)
    expect(outcomes).toEqual(new Set(['in place', 'in the trash']))
  }, 60_000)

  it('a restore cut short is finished on open, or the session waits in the trash', async () => {
    const { crashes, outcomes } = await everyCrash(true, (calls, ids) =>
      calls.callResult('trash:restore', { id: ids.session }),
    )
    expect(crashes).toBeGreaterThan(5)
    expect(outcomes).toEqual(new Set(['in place', 'in the trash']))
  }, 60_000)
})
