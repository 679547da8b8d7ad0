import { beforeAll, expect, it } from 'vitest'
import { buildCrashChild, runCrashLoop } from '../crash/crash-loop'

beforeAll(async () => {
  await buildCrashChild()
}, 60_000)

it('a journal killed with SIGKILL mid-save, 50 times, keeps every acknowledged change once', async () => {
  const summary = await runCrashLoop({ cycles: 50, seed: 20261201 })
  expect(summary.failures).toEqual([])
  expect(summary.cycles).toBe(50)
  expect(summary.unopened).toBe(0)
  expect(summary.lost).toBe(0)
  expect(summary.duplicated).toBe(0)
  // The loop did real work: many saves were acknowledged before the kills.
  expect(summary.acknowledged).toBeGreaterThan(200)
}, 120_000)
