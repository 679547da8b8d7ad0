import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isStoredSessionShard } from '../../src/main/sessions/fast-check'
import { sessionsFormat } from '../../src/main/sessions/format'
import { Journal } from '../../src/main/store/journal'
import type { Session } from '../../src/shared/domain/session'
import { tempDir } from './helpers/temp'

/** mulberry32: the same cases on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
type Rand = () => number
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1))
const hex = (rand: Rand, n: number) => Array.from({ length: n }, () => int(rand, 0, 15).toString(16)).join('')
const uuid = (rand: Rand) =>
  `${hex(rand, 8)}-${hex(rand, 4)}-${int(rand, 1, 8)}${hex(rand, 3)}-${'89ab'[int(rand, 0, 3)]}${hex(rand, 3)}-${hex(rand, 12)}`
const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const date = (rand: Rand) => `${int(rand, 1990, 2040)}-${pad(int(rand, 1, 12))}-${pad(int(rand, 1, 28))}`
const stamp = (rand: Rand) => new Date(int(rand, 0, 2_200_000_000) * 1000 + int(rand, 0, 999)).toISOString()
const text = (rand: Rand, max: number) => 'é x🙂'.repeat(max).slice(0, int(rand, 0, max))

function session(rand: Rand): Session {
  return {
    id: uuid(rand),
    date: date(rand),
    partnerId: rand() < 0.8 ? uuid(rand) : null,
    title: text(rand, 200),
    topics: Array.from({ length: int(rand, 0, 30) }, () => `t${text(rand, 59)}`),
    notes: text(rand, 3000),
    learned: text(rand, 100),
    shared: text(rand, 100),
    actionItems: Array.from({ length: rand() < 0.1 ? 200 : int(rand, 0, 5) }, () => {
      const done = rand() < 0.5
      return {
        id: uuid(rand),
        text: text(rand, 500),
        done,
        due: rand() < 0.5 ? date(rand) : null,
        doneAt: done ? stamp(rand) : null,
      }
    }),
    durationMinutes: rand() < 0.2 ? null : int(rand, 0, 1440),
    private: rand() < 0.5,
    starred: {
      learned: Array.from({ length: int(rand, 0, 3) }, () => `l${text(rand, 99)}`),
      shared: Array.from({ length: int(rand, 0, 2) }, () => `s${text(rand, 99)}`),
    },
    createdAt: stamp(rand),
    updatedAt: stamp(rand),
  }
}

const shardOf = (items: unknown[]) => ({ schemaVersion: 2, shard: '2026-11', items })

const BAD_UUIDS = [
  'x',
  5,
  '',
  'f9f74c7c-a00e-45fc-a7aa-fb6d30cc582',
  'f9f74c7c-a00e-45fc-a7aa-fb6d30cc582aa',
  'f9f74c7c-a00e-05fc-a7aa-fb6d30cc582a',
  'f9f74c7c-a00e-95fc-a7aa-fb6d30cc582a',
  'f9f74c7c-a00e-45fc-c7aa-fb6d30cc582a',
  'f9f74c7c_a00e-45fc-a7aa-fb6d30cc582a',
  'g9f74c7c-a00e-45fc-a7aa-fb6d30cc582a',
  ' f9f74c7c-a00e-45fc-a7aa-fb6d30cc582',
]
const GOOD_UUIDS = ['F9F74C7C-A00E-45FC-A7AA-FB6D30CC582A', 'f9f74c7c-a00e-85fc-B7aa-fb6d30cc582a']
const BAD_DATES = [
  '2026-02-30',
  '2025-02-29',
  '1900-02-29',
  '2026-2-01',
  '2026-13-01',
  '2026-00-10',
  '0050-01-01',
  '2026/01/01',
  '2026-01-01T00:00:00Z',
  20260101,
  null,
  '',
]
const GOOD_DATES = ['2024-02-29', '2000-02-29', '9999-12-31', '0100-01-01']
const BAD_STAMPS = [
  '2026-11-27T14:04Z',
  '2026-11-27T24:00:00.000Z',
  '2026-11-27T14:60:00.000Z',
  '2026-11-27T14:04:60.000Z',
  '2026-02-30T10:00:00.000Z',
  '2026-11-27T14:04:05.123+01:00',
  '2026-11-27T14:04:05.Z',
  '2026-11-27T14:04:05.123',
  '2026-11-27 14:04:05.123Z',
  '2026-11-27t14:04:05.123Z',
  '2026-11-27T14:04:05.123z',
  '2026-11-27T4:04:05.123Z',
  '2026-11-27T14:04:05,123Z',
  '2026-11-27T14:04:05.12aZ',
  '2026-11-27',
  1_764_252_245_000,
  null,
]
const GOOD_STAMPS = [
  '2026-11-27T14:04:05Z',
  '2026-11-27T14:04:05.1Z',
  '2026-11-27T23:59:59.123456789Z',
  '2024-02-29T00:00:00.000Z',
]

/** [field, value, note] single-field changes of a session; `undefined` removes the field. */
const SESSION_MUTATIONS: Array<[string, unknown]> = [
  ...[...BAD_UUIDS, ...GOOD_UUIDS, null, undefined].map((v): [string, unknown] => ['id', v]),
  ...[...BAD_DATES, ...GOOD_DATES, undefined].map((v): [string, unknown] => ['date', v]),
  ...[...BAD_UUIDS, ...GOOD_UUIDS, null, undefined].map((v): [string, unknown] => ['partnerId', v]),
  // zod counts code points: 200 emoji (400 UTF-16 units) fit in a 200-character title.
  ...[
    'a'.repeat(200),
    'a'.repeat(201),
    '🙂'.repeat(200),
    '🙂'.repeat(201),
    `${'🙂'.repeat(199)}\ud83d\ud83d`,
    5,
    null,
    undefined,
  ].map((v): [string, unknown] => ['title', v]),
  ...[
    [],
    Array(30).fill('x'),
    Array(31).fill('x'),
    [''],
    ['x'.repeat(60)],
    ['x'.repeat(61)],
    ['🙂'.repeat(60)],
    ['🙂'.repeat(61)],
    ['\ud83d'],
    [1],
    [null],
    'career',
    null,
    undefined,
  ].map((v): [string, unknown] => ['topics', v]),
  ...['notes', 'learned', 'shared'].flatMap((f) =>
    ['', 'x'.repeat(300_000), 1, null, [], undefined].map((v): [string, unknown] => [f, v]),
  ),
  ...[null, 0, 1440, 1441, -1, 1.5, '30', -0, 1e21, Number.NaN, true, undefined].map(
    (v): [string, unknown] => ['durationMinutes', v],
  ),
  ...[true, false, 'true', 0, null, undefined].map((v): [string, unknown] => ['private', v]),
  ...['createdAt', 'updatedAt'].flatMap((f) =>
    [...BAD_STAMPS, ...GOOD_STAMPS, undefined].map((v): [string, unknown] => [f, v]),
  ),
  ...[[], 'items', null, [null], [[]], [5], undefined].map((v): [string, unknown] => ['actionItems', v]),
  ...[
    { learned: [], shared: [] },
    { learned: ['a'], shared: ['b'] },
    { learned: Array(20).fill('a'), shared: [] },
    { learned: Array(21).fill('a'), shared: [] },
    { learned: [], shared: ['x'.repeat(2000)] },
    { learned: [], shared: ['x'.repeat(2001)] },
    { learned: [''], shared: [] },
    { learned: [1], shared: [] },
    { learned: [] },
    { learned: 'a', shared: [] },
    [],
    null,
    undefined,
  ].map((v): [string, unknown] => ['starred', v]),
]
const ITEM_MUTATIONS: Array<[string, unknown]> = [
  ...[...BAD_UUIDS, ...GOOD_UUIDS, null, undefined].map((v): [string, unknown] => ['id', v]),
  ...[
    '',
    'a'.repeat(500),
    'a'.repeat(501),
    '🙂'.repeat(500),
    `${'🙂'.repeat(499)}é`,
    '🙂'.repeat(501),
    5,
    null,
    undefined,
  ].map((v): [string, unknown] => ['text', v]),
  ...[true, false, 'yes', 1, null, undefined].map((v): [string, unknown] => ['done', v]),
  ...[...BAD_DATES.filter((d) => d !== null), ...GOOD_DATES, null, undefined].map((v): [string, unknown] => [
    'due',
    v,
  ]),
  ...[...BAD_STAMPS.filter((d) => d !== null), ...GOOD_STAMPS, null, undefined].map(
    (v): [string, unknown] => ['doneAt', v],
  ),
]

function withField(object: object, field: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object }
  if (value === undefined) delete copy[field]
  else copy[field] = value
  return copy
}

/**
 * The fast check must accept exactly what the schema accepts unchanged. The only documents it may
 * leave to zod although zod accepts them are the rare shapes Tandem never writes: `fallback`.
 */
function expectAgreement(doc: unknown, label: string, fallback = false): void {
  const zod = sessionsFormat.schema.safeParse(doc)
  const fast = isStoredSessionShard(doc)
  if (fast) expect(zod.data, label).toEqual(doc)
  expect(fast, label).toBe(zod.success && !fallback)
}

describe('the fast check of a sessions shard', () => {
  const rand = prng(7)
  const valid = Array.from({ length: 300 }, () => session(rand))

  it('accepts generated valid sessions, as the schema does', () => {
    for (const s of valid) expectAgreement(shardOf([s]), s.id)
    expectAgreement(shardOf(valid), 'all together')
    expectAgreement(shardOf([]), 'an empty month')
  })

  it('agrees with the schema on every single-field change of a session and of an action item', () => {
    let cases = 0
    for (const base of valid.slice(0, 6)) {
      for (const [field, value] of SESSION_MUTATIONS) {
        expectAgreement(
          shardOf([valid[9], withField(base, field, value)]),
          `session.${field} = ${String(value)}`,
        )
        cases++
      }
      const item = {
        id: randomUUID(),
        text: 'Try it',
        done: true,
        due: '2026-12-01',
        doneAt: '2026-11-27T10:00:00.000Z',
      }
      for (const [field, value] of ITEM_MUTATIONS) {
        const changed = withField(item, field, value)
        expectAgreement(
          shardOf([{ ...base, actionItems: [item, changed] }]),
          `item.${field} = ${String(value)}`,
        )
        cases++
      }
    }
    expect(cases).toBeGreaterThan(900)
  })

  it('checks the limits on list lengths', () => {
    const base = valid[0] as Session
    const item = { id: randomUUID(), text: '', done: false, due: null, doneAt: null }
    expectAgreement(shardOf([{ ...base, actionItems: Array(200).fill(item) }]), '200 items')
    expectAgreement(shardOf([{ ...base, actionItems: Array(201).fill(item) }]), '201 items')
  })

  it('leaves to zod what zod would change or what Tandem never writes', () => {
    const base = valid[0] as Session
    const item = { id: randomUUID(), text: 'x', done: false, due: null, doneAt: null }
    expectAgreement(shardOf([{ ...base, extra: 1 }]), 'an unknown session key', true)
    expectAgreement(shardOf([{ ...base, actionItems: [{ ...item, extra: 1 }] }]), 'an unknown item key', true)
    expectAgreement({ ...shardOf([base]), extra: 1 }, 'an unknown shard key', true)
    expectAgreement(shardOf([{ ...base, id: '00000000-0000-0000-0000-000000000000' }]), 'the nil uuid', true)
    expectAgreement(shardOf([{ ...base, id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' }]), 'the max uuid', true)
    expectAgreement(
      shardOf([{ ...base, createdAt: '0050-01-01T00:00:00.000Z' }]),
      'a time stamp before year 100',
      true,
    )
    // An unknown key in place of a missing one is still wrong.
    const { notes: _, ...noNotes } = base
    expectAgreement(shardOf([{ ...noNotes, extra: 'x' }]), 'a key swapped for an unknown one')
  })

  it('agrees on the shape of the shard itself', () => {
    const base = valid[0] as Session
    for (const doc of [
      null,
      [],
      'shard',
      { schemaVersion: 2, shard: 'x', items: [] },
      { schemaVersion: '1', shard: 'x', items: [] },
      { schemaVersion: 1, shard: 5, items: [] },
      { schemaVersion: 1, shard: 'x', items: {} },
      { schemaVersion: 1, items: [base] },
      { schemaVersion: 1, shard: 'x', items: [base, null] },
      { schemaVersion: 1, shard: 'x', items: [base, [base]] },
      // The move marker a destination shard keeps (sharded.ts).
      { schemaVersion: 1, shard: 'x', items: [base], movedIn: { [base.id]: { from: '2026-01', at: 17 } } },
      { schemaVersion: 1, shard: 'x', items: [base], movedIn: {} },
      { schemaVersion: 1, shard: 'x', items: [base], movedIn: { a: { from: '2026-01' } } },
      { schemaVersion: 1, shard: 'x', items: [base], movedIn: { a: { from: 7, at: 1 } } },
      { schemaVersion: 1, shard: 'x', items: [base], movedIn: [] },
      { schemaVersion: 1, shard: 'x', items: [base], movedIn: null },
    ]) {
      expectAgreement(doc, JSON.stringify(doc)?.slice(0, 60) ?? 'undefined')
    }
    // A key zod would strip from a move marker is left to zod.
    const extra = {
      schemaVersion: 1,
      shard: 'x',
      items: [base],
      movedIn: { a: { from: 'x', at: 1, extra: true } },
    }
    expectAgreement(extra, 'a marker with an extra key', true)
  })
})

describe('opening a sessions shard with the fast check', () => {
  async function openSessions(dir: string) {
    const journal = await Journal.open(dir)
    return { journal, sessions: await journal.sharded('sessions', sessionsFormat) }
  }

  it('still sets aside a month with an invalid session', async () => {
    const dir = await tempDir()
    const good = session(prng(1))
    await mkdir(join(dir, 'sessions'))
    await writeFile(
      join(dir, 'sessions', '2026-02.json'),
      JSON.stringify(shardOf([{ ...good, date: '2026-02-30' }])),
    )
    const { journal, sessions } = await openSessions(dir)
    expect(sessions.size).toBe(0)
    expect(journal.problems[0]?.kind).toBe('set-aside')
    expect(journal.problems[0]?.message).toContain('at items.0.date')
    expect((await readdir(join(dir, 'sessions'))).some((n) => n.includes('.corrupt-'))).toBe(true)
  })

  it('reads a session with an unknown key as zod does: without the key', async () => {
    const dir = await tempDir()
    const good = session(prng(2))
    await mkdir(join(dir, 'sessions'))
    await writeFile(
      join(dir, 'sessions', '2026-03.json'),
      JSON.stringify(shardOf([{ ...good, mood: 'fine' }])),
    )
    const { journal, sessions } = await openSessions(dir)
    expect(journal.problems).toEqual([])
    expect(sessions.get(good.id)).toEqual(good)
    expect(sessions.get(good.id)).not.toHaveProperty('mood')
    expect(JSON.parse(await readFile(join(dir, 'sessions', '2026-03.json'), 'utf8')).items[0].mood).toBe(
      'fine',
    )
  })
})
