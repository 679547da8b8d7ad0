import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test'
import { createTandem, type Tandem } from '../../../src/main/app'
import type { Ports } from '../../../src/main/context'
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES } from '../../../src/main/electron/web-assets'
import type { Result } from '../../../src/shared/errors'
import { rendererDir, resourcesDir, TEST_ORIGIN, testPreloadFile } from './paths'
import { CHROMIUM_ARGS } from './select'

export interface RunningApp {
  page: Page
  /** Delivers a message to the page as main would on APP_COMMAND_EVENT (a menu item, a notification click). */
  deliverCommand(message: unknown): Promise<void>
  close(): Promise<void>
}

let version: string | null = null
function appVersion(): string {
  version ??= (
    JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
      version: string
    }
  ).version
  return version
}

export async function launchChromiumBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS })
}

/**
 * Tandem in Chromium: the built renderer served under a fixed origin by page routing, `window.tandem`
 * from the preload factory, and its invoke answered by the real router on a real journal folder.
 */
export async function launchInChromium(
  browser: Browser,
  dataDir: string,
  /** Links, printer, dialogs and file opening, as the spec's fixture fakes them. */
  ports: Ports,
  /** This computer's settings folder (Electron's userData in the app); kept across restarts. */
  configDir?: string,
): Promise<RunningApp> {
  const tandem: Tandem = await createTandem({
    dataDir,
    configDir,
    resourcesDir,
    ports,
    log: () => undefined,
    // What app.getVersion() answers in the packaged app: package.json's version.
    appVersion: appVersion(),
  })
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  await context.exposeBinding(
    '__tandemInvoke',
    async (source, channel: unknown, input: unknown): Promise<Result<unknown>> => {
      // The same rule as the Electron binding: only the top frame of our own page may ask.
      if (source.frame !== source.page.mainFrame() || new URL(source.frame.url()).origin !== TEST_ORIGIN) {
        return {
          ok: false,
          error: { code: 'not-allowed', message: 'This request did not come from Tandem.' },
        }
      }
      return tandem.router.handle(channel, input)
    },
  )
  await context.addInitScript({ path: testPreloadFile })
  // Nothing leaves the machine: our origin is served from the build, everything else is refused.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== TEST_ORIGIN) return route.abort('blockedbyclient')
    const base = normalize(rendererDir + sep)
    const path = normalize(
      join(base, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)),
    )
    if (!path.startsWith(base)) return route.fulfill({ status: 404, body: 'Not found' })
    try {
      const body = await readFile(path)
      return route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
        },
      })
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' })
    }
  })
  const page = await context.newPage()
  await page.goto(`${TEST_ORIGIN}/index.html`)
  // The window first asks main whether the journal is locked; specs start once it has answered
  // (the journal's screens, or the lock screen), as a user starts once they see the window.
  await page.waitForSelector('.app, .lock-form, .lock-screen [role=alert]', { timeout: 15_000 })
  return {
    page,
    async deliverCommand(message) {
      // The test preload's hook (never in the app's preload) goes through the same AppCommand check.
      await page.evaluate((m) => {
        if (!window.__tandemDeliverCommand) throw new Error('The test runtime command hook is missing')
        window.__tandemDeliverCommand(m)
      }, message)
    },
    async close() {
      await context.close()
      await tandem.close()
    },
  }
}
