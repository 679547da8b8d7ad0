import { describe, expect, it } from 'vitest'
import { createTandem } from '../../src/main/app'
import type { Ports } from '../../src/main/context'
import { callsTo } from './helpers/call'
import { fixedClock, tempDir } from './helpers/temp'

async function engineWith(ports: Partial<Ports>) {
  const dir = await tempDir()
  const tandem = await createTandem({
    dataDir: dir,
    resourcesDir: 'resources',
    clock: fixedClock(),
    ports: { openExternal: async () => undefined, ...ports },
    log: () => undefined,
  })
  return { dir, tandem, ...callsTo(tandem.router) }
}

describe('journal:show-folder', () => {
  it('opens the journal folder itself in the file manager', async () => {
    const opened: string[] = []
    const { dir, tandem, call } = await engineWith({
      openPath: async (path) => {
        opened.push(path)
      },
    })
    await call('journal:show-folder')
    expect(opened).toEqual([dir])
    await tandem.close()
  })

  it('takes no path from the renderer', async () => {
    const opened: string[] = []
    const { tandem, refusal } = await engineWith({
      openPath: async (path) => {
        opened.push(path)
      },
    })
    expect(await refusal('journal:show-folder', { path: '/etc' })).toMatchObject({ code: 'invalid-input' })
    expect(opened).toEqual([])
    await tandem.close()
  })

  it('says in words where the journal is when the file manager cannot be opened', async () => {
    const { dir, tandem, refusal } = await engineWith({
      openPath: async () => {
        throw new Error('Failed to open path')
      },
    })
    expect(await refusal('journal:show-folder')).toEqual({
      code: 'internal',
      message: `Tandem could not open your file manager. The journal is in ${dir}.`,
    })
    await tandem.close()
    const without = await engineWith({})
    expect((await without.refusal('journal:show-folder')).message).toContain(without.dir)
    await without.tandem.close()
  })
})
