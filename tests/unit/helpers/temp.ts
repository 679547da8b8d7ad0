import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { createTandem, type Tandem } from '../../../src/main/app'
import type { Clock, Ports, Timer } from '../../../src/main/context'
import { callsTo } from './call'

const made: string[] = []
const opened: Tandem[] = []

afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()))
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A fresh temp folder, removed after the test. */
export async function tempDir(prefix = 'tandem-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** A clock the test moves by hand. */
export function fixedClock(
  iso = '2026-11-27T10:00:00.000Z',
): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso)
  return {
    now: () => new Date(now),
    set: (value) => {
      now = new Date(value)
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms)
    },
  }
}

/**
 * The whole engine on a real temp journal folder, as the app and the e2e runtime run it; `extra` adds
 * ports (a notifications recorder) and a timer the test ticks.
 */
export async function openEngine(
  dataDir?: string,
  clock: Clock = fixedClock(),
  extra: { ports?: Partial<Ports>; timer?: Timer } = {},
) {
  const dir = dataDir ?? (await tempDir())
  const links: string[] = []
  const tandem = await createTandem({
    dataDir: dir,
    resourcesDir: 'resources',
    clock,
    ports: {
      openExternal: async (url) => {
        links.push(url)
      },
      ...extra.ports,
    },
    ...(extra.timer ? { timer: extra.timer } : {}),
    log: () => undefined,
  })
  opened.push(tandem)
  return { tandem, dir, links, ...callsTo(tandem.router) }
}
