import { describe, expect, it } from 'vitest'
import { type CommandActions, createCommandRunner } from '../../src/renderer/src/app/commands'
import type { Route } from '../../src/renderer/src/app/navigation'
import { TandemClientError } from '../../src/renderer/src/lib/client'
import type { BackupResult } from '../../src/shared/contract/export'
import { DEFAULT_DEVICE_SETTINGS, type DeviceSettings } from '../../src/shared/domain/settings'

/** The runner over a settings store that answers after a while, as main does, and a record of the rest. */
function harness(over: Partial<CommandActions> = {}) {
  let device: DeviceSettings = { ...DEFAULT_DEVICE_SETTINGS }
  const routes: Route[] = []
  const notices: string[] = []
  const moves: string[] = []
  const later = () => new Promise((resolve) => setTimeout(resolve, 5))
  const run = createCommandRunner({
    go: (route) => routes.push(route),
    back: () => moves.push('back'),
    forward: () => moves.push('forward'),
    device: async () => {
      await later()
      return device
    },
    updateDevice: async (change) => {
      await later()
      device = { ...device, ...change }
    },
    backUp: async () => null,
    notify: (message) => notices.push(message),
    dialogOpen: () => false,
    openSearch: () => moves.push('search'),
    lock: async () => {
      moves.push('lock')
    },
    locked: () => moves.push('locked'),
    ...over,
  })
  return { run, routes, notices, moves, device: () => device }
}

describe('running app commands', () => {
  it('lock and locked reach their actions, also while a dialog is open (locking leaves no screen behind)', async () => {
    const { run, moves } = harness({ dialogOpen: () => true })
    await run({ kind: 'lock' })
    await run({ kind: 'locked' })
    expect(moves).toEqual(['lock', 'locked'])
  })

  it('open-search opens the search dialog, but not over another dialog', async () => {
    const { run, moves } = harness()
    await run({ kind: 'open-search' })
    expect(moves).toEqual(['search'])
    const covered = harness({ dialogOpen: () => true })
    await covered.run({ kind: 'open-search' })
    expect(covered.moves).toEqual([])
  })

  it('Larger twice in quick succession is two steps: each starts from what the one before saved', async () => {
    const { run, device } = harness()
    await Promise.all([
      run({ kind: 'text-size', change: 'larger' }),
      run({ kind: 'text-size', change: 'larger' }),
    ])
    expect(device().textSize).toBe(150)
    await Promise.all([
      run({ kind: 'text-size', change: 'smaller' }),
      run({ kind: 'theme', theme: 'dark' }),
      run({ kind: 'text-size', change: 'larger' }),
      run({ kind: 'text-size', change: 'larger' }),
    ])
    expect(device()).toMatchObject({ textSize: 175, theme: 'dark' })
    await run({ kind: 'text-size', change: 'reset' })
    expect(device().textSize).toBe(100)
  })

  it('says when a setting could not be saved, and the next command still runs', async () => {
    let fail = true
    const { run, notices, device } = harness({
      updateDevice: async () => {
        if (fail) throw new TandemClientError('internal', 'Tandem could not save this computer’s settings.')
      },
    })
    await run({ kind: 'text-size', change: 'larger' })
    expect(notices).toEqual([
      'The text size was not changed. Tandem could not save this computer’s settings.',
    ])
    fail = false
    await run({ kind: 'theme', theme: 'light' })
    expect(notices).toHaveLength(1)
    expect(device().textSize).toBe(100)
  })

  it('opens the new editors and the screens', async () => {
    const { run, routes, moves } = harness()
    await run({ kind: 'new-session' })
    await run({ kind: 'new-goal' })
    await run({ kind: 'new-reflection' })
    await run({ kind: 'go', screen: 'review' })
    await run({ kind: 'back' })
    await run({ kind: 'forward' })
    expect(routes).toEqual([
      { screen: 'session', id: null, key: expect.any(String) },
      { screen: 'goals', newGoal: expect.any(String) },
      { screen: 'reflection', id: null, promptId: null, sessionId: null, key: expect.any(String) },
      { screen: 'review' },
    ])
    expect(moves).toEqual(['back', 'forward'])
    // Each New is a new editor, not the one before.
    await run({ kind: 'new-session' })
    expect(routes.at(-1)).not.toEqual(routes[0])
  })

  it('leaves a screen under an open dialog alone (its form would be lost), but still changes the look', async () => {
    const { run, routes, moves, device } = harness({ dialogOpen: () => true })
    for (const command of [
      { kind: 'new-session' },
      { kind: 'new-goal' },
      { kind: 'new-reflection' },
      { kind: 'go', screen: 'home' },
      { kind: 'back' },
      { kind: 'forward' },
    ] as const)
      await run(command)
    expect(routes).toEqual([])
    expect(moves).toEqual([])
    await run({ kind: 'text-size', change: 'larger' })
    expect(device().textSize).toBe(125)
  })

  it('Back up now says where the backup went, or why none was made; a cancel says nothing', async () => {
    const answers: Array<() => Promise<BackupResult | null>> = [
      async () => ({ path: '/home/ana/tandem-backup.json', documents: 12, ownPassphrase: false }),
      async () => null,
      async () => {
        throw new TandemClientError('internal', 'The disk is full.')
      },
    ]
    const { run, notices } = harness({ backUp: () => (answers.shift() ?? (async () => null))() })
    await run({ kind: 'back-up-now' })
    await run({ kind: 'back-up-now' })
    await run({ kind: 'back-up-now' })
    expect(notices).toEqual([
      'Backup saved to /home/ana/tandem-backup.json',
      'No backup was made. The disk is full.',
    ])
  })
})
