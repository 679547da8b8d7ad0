import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron } from '@playwright/test'
import type { RunningApp } from './chromium-runtime'
import { projectRoot } from './paths'

/** The real app: the built main process, preload and renderer in the installed Electron. */
export async function launchInElectron(binary: string, dataDir: string): Promise<RunningApp> {
  const userData = await mkdtemp(join(tmpdir(), 'tandem-userdata-'))
  const app = await _electron.launch({
    executablePath: binary,
    args: [projectRoot, `--data-dir=${dataDir}`],
    env: { ...process.env, TANDEM_USER_DATA_DIR: userData },
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return {
    page,
    async close() {
      await app.close()
      await rm(userData, { recursive: true, force: true })
    },
  }
}
