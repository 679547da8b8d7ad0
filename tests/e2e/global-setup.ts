import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'vite'
import { projectRoot, rendererDir } from './runtime/paths'
import { selectRuntime } from './runtime/select'

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      'The renderer is not built: run "npm run build" first (npm run test:e2e does it for you).',
    )
  }
  const runtime = selectRuntime()
  console.log(
    runtime.kind === 'electron'
      ? `End-to-end runtime: Electron (${runtime.binary})`
      : `End-to-end runtime: Chromium (${runtime.executablePath}) with the real main-process router`,
  )
  await build({
    configFile: false,
    logLevel: 'warn',
    root: projectRoot,
    build: {
      outDir: join(projectRoot, 'out', 'test-runtime'),
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(projectRoot, 'tests', 'e2e', 'runtime', 'browser-preload.ts'),
        formats: ['iife'],
        name: 'TandemTestPreload',
        fileName: () => 'preload.js',
      },
    },
  })
}
