import { describe, expect, it } from 'vitest'
import { fixedClock, openEngine } from './helpers/temp'

// partners:update is what the People screen calls; this proves the
// channel through the router, as that screen will reach it.
describe('partners', () => {
  it('renames a partner and changes the direction, keeping the id, and remembers it after a restart', async () => {
    const clock = fixedClock('2026-11-20T09:00:00.000Z')
    const first = await openEngine(undefined, clock)
    const sam = await first.call('partners:create', { name: 'Sam', direction: 'they-mentor-me' })
    const session = await first.call('sessions:create', {
      date: '2026-11-20',
      partnerId: sam.id,
      title: 'Shortcuts',
      topics: [],
      notes: '',
      learned: '',
      shared: '',
      actionItems: [],
      durationMinutes: null,
      private: false,
    })

    clock.advance(60_000)
    const renamed = await first.call('partners:update', {
      id: sam.id,
      name: '  Samira ',
      direction: 'both-ways',
    })
    expect(renamed).toEqual({
      id: sam.id,
      name: 'Samira',
      direction: 'both-ways',
      archived: false,
      nextSessionOn: null,
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:01:00.000Z',
    })
    await first.tandem.close()

    const second = await openEngine(first.dir, clock)
    expect(await second.call('partners:list')).toEqual([renamed])
    expect((await second.call('sessions:get', { id: session.id })).partnerId).toBe(sam.id)
  })

  it('refuses a name another partner has, an empty name and an unknown partner', async () => {
    const { call, refusal } = await openEngine()
    const sam = await call('partners:create', { name: 'Sam', direction: 'both-ways' })
    await call('partners:create', { name: 'Ana', direction: 'i-mentor-them' })

    expect(await refusal('partners:update', { id: sam.id, name: 'ANA', direction: 'both-ways' })).toEqual({
      code: 'conflict',
      message: 'You already have a partner called Ana.',
      field: 'name',
    })
    expect(
      await refusal('partners:update', { id: sam.id, name: '  ', direction: 'both-ways' }),
    ).toMatchObject({
      code: 'invalid-input',
      field: 'name',
      message: 'Give your partner a name.',
    })
    expect(
      await refusal('partners:update', { id: crypto.randomUUID(), name: 'Kim', direction: 'both-ways' }),
    ).toMatchObject({ code: 'not-found' })
    // Keeping one's own name (in another case) is not a clash.
    expect(
      await call('partners:update', { id: sam.id, name: 'SAM', direction: 'they-mentor-me' }),
    ).toMatchObject({
      name: 'SAM',
    })
    expect((await call('partners:list')).map((p) => p.name)).toEqual(['Ana', 'SAM'])
  })

  it('archives a partner and plans the next session, keeping what is not given', async () => {
    const { call, refusal } = await openEngine()
    const sam = await call('partners:create', { name: 'Sam', direction: 'both-ways' })
    expect(sam).toMatchObject({ archived: false, nextSessionOn: null })
    const planned = await call('partners:update', {
      id: sam.id,
      name: 'Sam',
      direction: 'both-ways',
      nextSessionOn: '2026-12-10',
    })
    expect(planned).toMatchObject({ archived: false, nextSessionOn: '2026-12-10' })
    const archived = await call('partners:update', {
      id: sam.id,
      name: 'Sam',
      direction: 'both-ways',
      archived: true,
    })
    expect(archived).toMatchObject({ archived: true, nextSessionOn: '2026-12-10' })
    expect(
      (
        await refusal('partners:update', {
          id: sam.id,
          name: 'Sam',
          direction: 'both-ways',
          nextSessionOn: '2026-02-30',
        })
      ).message,
    ).toBe('That date does not exist in the calendar.')
  })
})
