import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type DurableFs, nodeDurableFs, writeFileDurable } from '../../src/main/store/durable-file'
import { tempDir } from './helpers/temp'

/** Wraps the real file system and records every step, optionally failing one. */
function recordingFs(failOn?: string): { fs: DurableFs; steps: string[] } {
  const steps: string[] = []
  const name = (path: string) => path.split('/').pop() ?? path
  const fs: DurableFs = {
    async open(path, flags) {
      const handle = await nodeDurableFs.open(path, flags)
      const label = flags === 'r' ? 'folder' : name(path).includes('.tmp-') ? 'temp' : name(path)
      steps.push(`open ${label}`)
      return {
        async writeFile(text) {
          steps.push(`write ${label}`)
          if (failOn === 'write') throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
          await handle.writeFile(text)
        },
        async sync() {
          steps.push(`fsync ${label}`)
          if (failOn === `fsync ${label}`) throw Object.assign(new Error('I/O error'), { code: 'EIO' })
          await handle.sync()
        },
        close: () => handle.close(),
      }
    },
    async rename(from, to) {
      steps.push(`rename temp -> ${name(to)}`)
      if (failOn === 'rename') throw Object.assign(new Error('denied'), { code: 'EACCES' })
      await nodeDurableFs.rename(from, to)
    },
    unlink: (path) => nodeDurableFs.unlink(path),
  }
  return { fs, steps }
}

describe('durable write', () => {
  it('writes a temp file, fsyncs it, renames it over the target, then fsyncs the folder', async () => {
    const dir = await tempDir()
    const target = join(dir, 'goals.json')
    const { fs, steps } = recordingFs()
    await writeFileDurable(target, '{"a":1}', fs)
    expect(steps).toEqual([
      'open temp',
      'write temp',
      'fsync temp',
      'rename temp -> goals.json',
      'open folder',
      'fsync folder',
    ])
    expect(await readFile(target, 'utf8')).toBe('{"a":1}')
    expect(await readdir(dir)).toEqual(['goals.json'])
  })

  for (const failOn of ['write', 'fsync temp', 'rename']) {
    it(`leaves the previous file whole and no temp file behind when the ${failOn} step fails`, async () => {
      const dir = await tempDir()
      const target = join(dir, 'goals.json')
      await writeFile(target, '{"old":true}')
      const { fs } = recordingFs(failOn)
      await expect(writeFileDurable(target, '{"new":true}', fs)).rejects.toThrow()
      expect(await readFile(target, 'utf8')).toBe('{"old":true}')
      expect(await readdir(dir)).toEqual(['goals.json'])
    })
  }
})
