import { beforeAll, expect, it } from 'vitest'
import { buildCrashChild, runCrashLoop } from '../crash/crash-loop'
import { runTransitionCrash } from '../crash/transition-crash'

beforeAll(async () => {
  await buildCrashChild()
}, 60_000)

it('an encrypted journal killed with SIGKILL mid-save, 30 times, keeps every acknowledged change once', async () => {
  const summary = await runCrashLoop({ cycles: 30, seed: 20261203, encrypted: true })
  expect(summary.failures).toEqual([])
  expect(summary.cycles).toBe(30)
  expect(summary.unopened).toBe(0)
  expect(summary.lost).toBe(0)
  expect(summary.duplicated).toBe(0)
  expect(summary.acknowledged).toBeGreaterThan(100)
}, 180_000)

it('turning encryption on, killed at random moments (8 times), always leaves a journal that opens whole', async () => {
  const summary = await runTransitionCrash({ cycles: 8, direction: 'on', seed: 5 })
  expect(summary.failures).toEqual([])
  expect(summary.cycles).toBe(8)
  // The kills really landed mid-rewrite, with files in both forms on disk.
  expect(summary.midway).toBeGreaterThan(0)
  expect(summary.sealedSeen).toBeGreaterThan(0)
  expect(summary.plainSeen).toBeGreaterThan(0)
}, 240_000)

it('turning encryption off, killed at random moments (5 times), always leaves a journal that opens whole', async () => {
  const summary = await runTransitionCrash({ cycles: 5, direction: 'off', seed: 9 })
  expect(summary.failures).toEqual([])
  expect(summary.cycles).toBe(5)
  // Odd cycles are killed a few milliseconds after the rewrite began (the child says so): some land inside it.
  expect(summary.midway).toBeGreaterThan(0)
  expect(summary.sealedSeen).toBeGreaterThan(0)
  expect(summary.plainSeen).toBeGreaterThan(0)
}, 240_000)
