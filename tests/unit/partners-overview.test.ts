import { describe, expect, it } from 'vitest'
import type { SessionDraft } from '../../src/shared/domain/session'
import { sessionDraft } from './helpers/records'
import { openEngine } from './helpers/temp'

function sessionOn(date: string, partnerId: string | null, title = `Session on ${date}`): SessionDraft {
  return sessionDraft({ date, partnerId, title, notes: '' })
}

// The People screen shows, per partner, how many sessions they had and when the first and the last
// were, without the renderer downloading every session.
describe('partners:overview', () => {
  it('counts each partner’s sessions and finds the first and last date, whatever order they were written in', async () => {
    const { call } = await openEngine()
    const sam = await call('partners:create', { name: 'Sam', direction: 'they-mentor-me' })
    const ana = await call('partners:create', { name: 'Ana', direction: 'i-mentor-them' })
    const kim = await call('partners:create', { name: 'Kim', direction: 'both-ways' })
    await call('sessions:create', sessionOn('2026-10-14', sam.id))
    await call('sessions:create', sessionOn('2026-09-03', sam.id))
    await call('sessions:create', sessionOn('2026-11-20', sam.id))
    await call('sessions:create', sessionOn('2026-11-02', ana.id))
    await call('sessions:create', sessionOn('2026-11-05', null))

    expect(await call('partners:overview')).toEqual([
      { partnerId: ana.id, sessionCount: 1, firstSessionOn: '2026-11-02', lastSessionOn: '2026-11-02' },
      { partnerId: kim.id, sessionCount: 0, firstSessionOn: null, lastSessionOn: null },
      { partnerId: sam.id, sessionCount: 3, firstSessionOn: '2026-09-03', lastSessionOn: '2026-11-20' },
    ])
  })

  it('follows a session moved to another partner or date, and keeps archived partners', async () => {
    const { call } = await openEngine()
    const sam = await call('partners:create', { name: 'Sam', direction: 'they-mentor-me' })
    const ana = await call('partners:create', { name: 'Ana', direction: 'i-mentor-them' })
    const moved = await call('sessions:create', sessionOn('2026-10-01', sam.id))
    await call('sessions:create', sessionOn('2026-10-08', sam.id))
    await call('sessions:update', { ...sessionOn('2026-12-01', ana.id), id: moved.id })
    await call('partners:update', { id: sam.id, name: 'Sam', direction: 'they-mentor-me', archived: true })

    expect(await call('partners:overview')).toEqual([
      { partnerId: ana.id, sessionCount: 1, firstSessionOn: '2026-12-01', lastSessionOn: '2026-12-01' },
      { partnerId: sam.id, sessionCount: 1, firstSessionOn: '2026-10-08', lastSessionOn: '2026-10-08' },
    ])
  })

  it('no longer counts a deleted session, and leaves out a deleted partner', async () => {
    const { call } = await openEngine()
    const sam = await call('partners:create', { name: 'Sam', direction: 'they-mentor-me' })
    const ana = await call('partners:create', { name: 'Ana', direction: 'i-mentor-them' })
    const gone = await call('sessions:create', sessionOn('2026-10-01', sam.id))
    await call('sessions:create', sessionOn('2026-10-08', sam.id))
    await call('sessions:create', sessionOn('2026-10-09', ana.id))
    await call('sessions:delete', { id: gone.id })
    await call('partners:delete', { id: ana.id })

    expect(await call('partners:overview')).toEqual([
      { partnerId: sam.id, sessionCount: 1, firstSessionOn: '2026-10-08', lastSessionOn: '2026-10-08' },
    ])
  })
})
