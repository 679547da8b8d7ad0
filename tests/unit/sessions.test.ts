import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SessionDraft } from '../../src/shared/domain/session'
import { fixedClock, openEngine } from './helpers/temp'

function draft(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return {
    date: '2026-11-20',
    partnerId: null,
    title: 'Miro basics',
    topics: ['Miro'],
    notes: 'We tried sticky notes.',
    learned: 'Dot voting',
    shared: 'Running a retro',
    actionItems: [{ text: 'Build a template', done: false, due: '2026-12-01' }],
    durationMinutes: 45,
    private: false,
    ...overrides,
  }
}

describe('the session journal', () => {
  it('creates, reads back after a restart, updates and deletes a session', async () => {
    const clock = fixedClock('2026-11-20T09:00:00.000Z')
    const first = await openEngine(undefined, clock)
    const created = await first.call('sessions:create', draft())
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created.createdAt).toBe('2026-11-20T09:00:00.000Z')
    expect(created.actionItems[0]).toMatchObject({ text: 'Build a template', done: false, doneAt: null })
    await first.tandem.close()

    const second = await openEngine(first.dir, clock)
    expect(await second.call('sessions:get', { id: created.id })).toEqual(created)

    clock.advance(60_000)
    const itemId = created.actionItems[0]?.id
    const updated = await second.call('sessions:update', {
      ...draft({
        title: 'Miro, properly',
        actionItems: [{ id: itemId, text: 'Build a template', done: true, due: null }],
      }),
      id: created.id,
    })
    expect(updated.title).toBe('Miro, properly')
    expect(updated.createdAt).toBe(created.createdAt)
    expect(updated.updatedAt).toBe('2026-11-20T09:01:00.000Z')
    expect(updated.actionItems[0]).toMatchObject({
      id: itemId,
      done: true,
      doneAt: '2026-11-20T09:01:00.000Z',
    })

    // A delete moves the session to the trash and answers its entry (the id Undo restores).
    expect(await second.callResult('sessions:delete', { id: created.id })).toEqual({
      ok: true,
      value: { trashId: created.id, warnings: [] },
    })
    expect(await second.callResult('sessions:get', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    await second.tandem.close()
    const third = await openEngine(first.dir, clock)
    expect(await third.call('sessions:list')).toEqual([])
  })

  it('lists newest first with summaries that leave the notes out', async () => {
    const { call } = await openEngine()
    await call('sessions:create', draft({ date: '2026-10-01', title: 'October' }))
    await call('sessions:create', draft({ date: '2026-11-15', title: 'November' }))
    await call('sessions:create', draft({ date: '2025-12-31', title: 'Last year' }))
    const list = await call('sessions:list')
    expect(list.map((s) => s.title)).toEqual(['November', 'October', 'Last year'])
    expect(list[0]).toMatchObject({ openActionItems: 1, actionItems: 1, topics: ['Miro'] })
    expect(list[0]).not.toHaveProperty('notes')
  })

  it('stores sessions in one file per month of their date', async () => {
    const { call, dir } = await openEngine()
    await call('sessions:create', draft({ date: '2026-10-01' }))
    await call('sessions:create', draft({ date: '2026-11-15' }))
    expect((await readdir(join(dir, 'sessions'))).sort()).toEqual(['2026-10.json', '2026-11.json'])
  })

  it('refuses bad input with a sentence at the field, and saves nothing', async () => {
    const { call, callResult } = await openEngine()
    const cases: Array<[Partial<SessionDraft>, string, RegExp]> = [
      [{ date: '2026-02-30' }, 'date', /does not exist/],
      [{ date: 'yesterday' }, 'date', /Pick a date/],
      [{ durationMinutes: 5000 }, 'durationMinutes', /24 hours/],
      [{ durationMinutes: -5 }, 'durationMinutes', /negative/],
      [{ title: 'x'.repeat(201) }, 'title', /too long/],
      [{ actionItems: [{ text: '   ', done: false, due: null }] }, 'actionItems.0.text', /needs some text/],
      [
        { starred: { learned: Array.from({ length: 21 }, (_, n) => `Line ${n}`), shared: [] } },
        'starred.learned',
        /At most 20 starred lines/,
      ],
    ]
    for (const [overrides, field, message] of cases) {
      const result = await callResult('sessions:create', draft(overrides))
      expect(result, field).toMatchObject({ ok: false, error: { code: 'invalid-input', field } })
      if (!result.ok) expect(result.error.message).toMatch(message)
    }
    expect(await call('sessions:list')).toEqual([])
  })

  it('links a session to a partner only if that partner exists', async () => {
    const { call, callResult } = await openEngine()
    const partner = await call('partners:create', { name: 'Sam', direction: 'both-ways' })
    expect((await call('sessions:create', draft({ partnerId: partner.id }))).partnerId).toBe(partner.id)
    const ghost = await callResult('sessions:create', draft({ partnerId: crypto.randomUUID() }))
    expect(ghost).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'partnerId' } })
    expect(await callResult('partners:create', { name: ' sam ', direction: 'they-mentor-me' })).toMatchObject(
      {
        ok: false,
        error: { code: 'conflict', field: 'name' },
      },
    )
  })

  it('collects open action items and ticks one off from the home screen', async () => {
    const { call, callResult } = await openEngine()
    const session = await call(
      'sessions:create',
      draft({
        actionItems: [
          { text: 'One', done: false, due: null },
          { text: 'Two', done: true, due: null },
        ],
      }),
    )
    const open = await call('sessions:open-action-items')
    expect(open.items.map((o) => o.item.text)).toEqual(['One'])
    expect(open.total).toBe(1)
    const itemId = open.items[0]?.item.id ?? ''
    const after = await call('sessions:set-action-item-done', { sessionId: session.id, itemId, done: true })
    expect(after.actionItems[0]?.doneAt).not.toBeNull()
    expect(await call('sessions:open-action-items')).toEqual({ items: [], total: 0 })
    expect(
      await callResult('sessions:set-action-item-done', {
        sessionId: session.id,
        itemId: crypto.randomUUID(),
        done: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('answers unknown ids with a plain not-found', async () => {
    const { callResult } = await openEngine()
    const id = crypto.randomUUID()
    for (const [channel, input] of [
      ['sessions:get', { id }],
      ['sessions:delete', { id }],
      ['sessions:update', { ...draft(), id }],
    ] as const) {
      const result = await callResult(channel, input)
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
      if (!result.ok)
        expect(result.error.message).toBe('That session no longer exists. It may have been deleted.')
    }
  })
})
