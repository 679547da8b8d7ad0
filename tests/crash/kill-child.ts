import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '../..')
export const childBundle = join(root, 'out', 'crash-child', 'child.mjs')

/**
 * Runs the bundled crash child (child.ts) with `args` after its data and resources folders, hands each
 * line it prints to `onLine`, and kills it with SIGKILL `killAfterMs` after it printed "ready" (or `trigger`). Resolves
 * once it was killed; a child that stopped by itself (it failed, or finished before the kill) rejects,
 * with what it wrote to stderr, since a run that was never cut short proves nothing.
 */
export function killChildAfterReady(
  dataDir: string,
  args: string[],
  killAfterMs: number,
  onLine: (line: string) => void = () => undefined,
  /** The line after which the kill is timed. */
  trigger = 'ready',
): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childBundle, dataDir, join(root, 'resources'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let buffered = ''
    let errors = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString()
    })
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === trigger) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
        onLine(line)
      }
    })
    child.on('error', fail)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') fail(new Error(`The crash child stopped by itself: ${errors.trim()}`))
      else done()
    })
  })
}
