import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createRouter, describeInvalidInput, type Handlers } from '../../src/main/router'
import { channelNames } from '../../src/shared/contract'
import { TandemError } from '../../src/shared/errors'
import { openEngine } from './helpers/temp'

describe('the router', () => {
  const malformed: Array<[string, unknown]> = [
    ['a number', 42],
    ['a string', 'DROP TABLE'],
    ['an array', [1, 2]],
    ['null', null],
    ['an object with a poisoned prototype key', JSON.parse('{"__proto__":{"admin":true},"id":5}')],
  ]

  it('rejects malformed input on every channel with a typed error and a sentence', async () => {
    const { tandem } = await openEngine()
    expect(channelNames.length).toBeGreaterThan(5)
    for (const name of channelNames) {
      for (const [what, input] of malformed) {
        const result = await tandem.router.handle(name, input)
        expect(result, `${name} with ${what}`).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
        if (!result.ok) expect(result.error.message).toMatch(/^[A-Z"].*[.!]$/)
      }
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('answers with plain data that survives the trip across IPC', async () => {
    const { tandem } = await openEngine()
    const result = await tandem.router.handle('sessions:create', { date: 'soon' })
    const expected = {
      ok: false,
      error: { code: 'invalid-input', message: expect.any(String), field: 'date' },
    }
    expect(JSON.parse(JSON.stringify(result))).toEqual(expected)
    expect(structuredClone(result)).toEqual(expected)
  })

  it('answers an unknown channel without calling anything', async () => {
    const { router } = (await openEngine()).tandem
    expect(await router.handle('fs:read-file', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Tandem does not know that request.' },
    })
    expect(await router.handle('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    })
    expect(await router.handle('constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    })
  })

  it('passes typed errors through and hides the details of unexpected ones', async () => {
    const logged: unknown[] = []
    const handlers = Object.fromEntries(
      channelNames.map((name) => [
        name,
        () => {
          if (name === 'sessions:get') throw new TandemError('not-found', 'That session no longer exists.')
          throw new Error('ENOENT /home/someone/secret/path')
        },
      ]),
    ) as unknown as Handlers
    const router = createRouter(handlers, (e) => logged.push(e))
    expect(await router.handle('sessions:get', { id: crypto.randomUUID() })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That session no longer exists.' },
    })
    const hidden = await router.handle('sessions:list', undefined)
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(hidden)).not.toContain('secret')
    expect(logged).toHaveLength(1)
  })

  it('turns schema messages into field errors', () => {
    const schema = z.object({ title: z.string().max(3, { message: 'The title is too long.' }) })
    const parsed = schema.safeParse({ title: 'abcdef' })
    expect(parsed.success).toBe(false)
    if (!parsed.success) {
      const error = describeInvalidInput(parsed.error)
      expect(error.toShape()).toEqual({
        code: 'invalid-input',
        message: 'The title is too long.',
        field: 'title',
      })
    }
  })
})
