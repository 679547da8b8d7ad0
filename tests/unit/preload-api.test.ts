import { describe, expect, it } from 'vitest'
import { createTandemApi } from '../../src/preload/api'
import { apiPathOf, channelNames } from '../../src/shared/contract'

describe('the preload API factory', () => {
  it('exposes exactly one method per contract channel and nothing that forwards arbitrary channels', async () => {
    const calls: Array<[string, unknown]> = []
    const api = createTandemApi(async (channel, input) => {
      calls.push([channel, input])
      return { ok: true, value: null }
    })
    const exposed = Object.entries(api).flatMap(([feature, methods]) =>
      Object.keys(methods as object).map((verb) => `${feature}.${verb}`),
    )
    expect(exposed.sort()).toEqual(channelNames.map((name) => apiPathOf(name).join('.')).sort())
    expect(exposed).not.toContain('invoke')

    await api.sessions.openActionItems()
    await api.sessions.get({ id: 'x' })
    expect(calls).toEqual([
      ['sessions:open-action-items', undefined],
      ['sessions:get', { id: 'x' }],
    ])
  })

  it('names methods in camel case after the kebab-case verb', () => {
    expect(apiPathOf('sessions:set-action-item-done')).toEqual(['sessions', 'setActionItemDone'])
    expect(apiPathOf('links:open-external')).toEqual(['links', 'openExternal'])
  })
})
