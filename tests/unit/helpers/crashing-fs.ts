import { type DurableFs, nodeDurableFs } from '../../../src/main/store/durable-file'

/**
 * The real file system until step `crashAt`; from that step on every call fails, as if the process had
 * died there: nothing after it reaches the disk. `steps()` counts the calls made so far, so a clean run
 * with `crashAt = Infinity` tells how many steps a change takes.
 */
export function crashingFs(crashAt: number): { fs: DurableFs; steps: () => number } {
  let step = 0
  const next = () => {
    step += 1
    if (step >= crashAt) throw Object.assign(new Error('crashed'), { code: 'EIO' })
  }
  const fs: DurableFs = {
    async open(path, flags) {
      next()
      const handle = await nodeDurableFs.open(path, flags)
      return {
        async writeFile(text) {
          next()
          await handle.writeFile(text)
        },
        async sync() {
          next()
          await handle.sync()
        },
        close: () => handle.close(),
      }
    },
    async rename(from, to) {
      next()
      await nodeDurableFs.rename(from, to)
    },
    async unlink(path) {
      next()
      await nodeDurableFs.unlink(path)
    },
  }
  return { fs, steps: () => step }
}
