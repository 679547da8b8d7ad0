import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, test as base, expect, type Page } from '@playwright/test'
import { launchChromiumBrowser, launchInChromium, type RunningApp } from './runtime/chromium-runtime'
import { launchInElectron } from './runtime/electron-runtime'
import { type RuntimeChoice, selectRuntime } from './runtime/select'

export interface AppFixture {
  /** The Tandem window. After restart() this is the new window. */
  readonly page: Page
  /** The journal folder this Tandem runs on (a fresh temp folder per test). */
  readonly dataDir: string
  /** Which runtime runs the specs. */
  readonly runtime: RuntimeChoice['kind']
  /** Links Tandem handed to the OS (Chromium runtime only; Electron opens them for real). */
  readonly openedLinks: string[]
  /** Quits Tandem and launches it again on the same journal folder. */
  restart(): Promise<Page>
}

interface WorkerFixtures {
  runtimeChoice: RuntimeChoice
  chromiumBrowser: Browser | null
}

export const test = base.extend<{ app: AppFixture }, WorkerFixtures>({
  runtimeChoice: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object.
    async ({}, use) => {
      await use(selectRuntime())
    },
    { scope: 'worker' },
  ],
  chromiumBrowser: [
    async ({ runtimeChoice }, use) => {
      if (runtimeChoice.kind !== 'chromium') {
        await use(null)
        return
      }
      const browser = await launchChromiumBrowser(runtimeChoice.executablePath)
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ runtimeChoice, chromiumBrowser }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tandem-journal-'))
    const openedLinks: string[] = []
    const launch = (): Promise<RunningApp> => {
      if (runtimeChoice.kind === 'electron') return launchInElectron(runtimeChoice.binary, dataDir)
      if (!chromiumBrowser) throw new Error('Chromium runtime selected but no browser was launched')
      return launchInChromium(chromiumBrowser, dataDir, openedLinks)
    }
    let running = await launch()
    const fixture: AppFixture = {
      get page() {
        return running.page
      },
      dataDir,
      runtime: runtimeChoice.kind,
      openedLinks,
      async restart() {
        await running.close()
        running = await launch()
        return running.page
      },
    }
    await use(fixture)
    await running.close()
    await rm(dataDir, { recursive: true, force: true })
  },
})

export { expect }
