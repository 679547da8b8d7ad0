import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTandem, type Tandem } from '../../src/main/app'
import type { Ports } from '../../src/main/context'
import type { SessionDraft } from '../../src/shared/domain/session'
import type { Result } from '../../src/shared/errors'

export function answerOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

export function errorOf(result: Result<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error('expected a refusal, got a value')
  return result.error
}

export async function engine(
  now: string,
  ports: Partial<Ports> = {},
): Promise<{ tandem: Tandem; dataDir: string; outDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-export-test-'))
  const outDir = await mkdtemp(join(tmpdir(), 'tandem-export-out-'))
  const tandem = await createTandem({
    dataDir,
    resourcesDir: 'resources',
    ports: {
      openExternal: async () => undefined,
      chooseSavePath: async (name) => join(outDir, name),
      ...ports,
    },
    clock: { now: () => new Date(now) },
    log: () => undefined,
  })
  return { tandem, dataDir, outDir }
}

export function draft(overrides: Partial<SessionDraft>): SessionDraft {
  return {
    date: '2026-10-15',
    partnerId: null,
    title: 'A session',
    topics: [],
    notes: '',
    learned: '',
    shared: '',
    actionItems: [],
    durationMinutes: null,
    private: false,
    ...overrides,
  }
}

export async function addSession(tandem: Tandem, overrides: Partial<SessionDraft>): Promise<{ id: string }> {
  return answerOf(await tandem.router.handle('sessions:create', draft(overrides)))
}

export const reportOptions = {
  focus: 'period' as const,
  goalId: null,
  period: { kind: 'last-month' as const, from: null, to: null },
  partnerId: null,
  sections: ['summary', 'sessions'],
  includePrivate: false,
  fullNotes: false,
  pageSize: 'A4' as const,
  author: 'Alex Doe',
  timeZone: 'UTC',
}
