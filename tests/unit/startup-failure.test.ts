import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTandem } from '../../src/main/app'
import { openJournalOrAsk, type StartupDialogs } from '../../src/main/electron/startup'
import { tempDir } from './helpers/temp'

const open = (dir: string) =>
  createTandem({ dataDir: dir, resourcesDir: 'resources', ports: { openExternal: async () => undefined } })

function dialogs(answers: number[], folders: Array<string | null>) {
  const shown: Array<{ message: string; detail: string; buttons: string[] }> = []
  const fake: StartupDialogs = {
    showMessageBox: async (options) => {
      shown.push(options)
      return { response: answers.shift() ?? 1 }
    },
    chooseFolder: async () => folders.shift() ?? null,
  }
  return { fake, shown }
}

describe('opening the journal at start-up', () => {
  it('says what failed and where the journal is, then opens the folder the user picks', async () => {
    const parent = await tempDir()
    const blocked = join(parent, 'journal')
    await writeFile(blocked, 'a file where the journal folder should be')
    const other = await tempDir()
    const { fake, shown } = dialogs([0], [other])
    const tandem = await openJournalOrAsk(blocked, open, fake)
    expect(tandem?.journal.dir).toBe(other)
    await tandem?.close()
    expect(shown).toHaveLength(1)
    expect(shown[0]?.message).toBe('Tandem could not open your journal.')
    expect(shown[0]?.detail).toContain(
      'Something that is not a folder is where the journal folder should be.',
    )
    expect(shown[0]?.detail).toContain(blocked)
    expect(shown[0]?.buttons).toEqual(['Open another folder…', 'Quit'])
  })

  it('asks again when the picked folder fails too or the user cancels the picker, and quits when asked', async () => {
    const parent = await tempDir()
    const blocked = join(parent, 'journal')
    await writeFile(blocked, 'x')
    const { fake, shown } = dialogs([0, 0, 1], [null])
    expect(await openJournalOrAsk(blocked, open, fake)).toBeNull()
    expect(shown).toHaveLength(3)
  })

  it('shows nothing when the journal opens', async () => {
    const { fake, shown } = dialogs([], [])
    const tandem = await openJournalOrAsk(await tempDir(), open, fake)
    expect(tandem).not.toBeNull()
    await tandem?.close()
    expect(shown).toEqual([])
  })
})
