import { expect, it } from 'vitest'
import { runDamageFuzz } from '../crash/damage-fuzz'

it('a journal with one damaged file or folder, 300 ways, always opens and loses nothing', async () => {
  const summary = await runDamageFuzz({ cases: 300, seed: 20261201 })
  expect(summary.failures).toEqual([])
  expect(summary.unopened).toBe(0)
  expect(summary.cases).toBe(300)
  // The fuzz reached every outcome: damaged files set aside, newer ones left alone, harmless changes ignored.
  expect(summary.setAside).toBeGreaterThan(100)
  expect(summary.newerLeftAlone).toBeGreaterThan(5)
  expect(summary.stillValid).toBeGreaterThan(5)
}, 120_000)
