import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import globalSetup from '../e2e/global-setup'
import { launchChromiumBrowser, launchInChromium } from '../e2e/runtime/chromium-runtime'
import { rendererDir, TEST_ORIGIN } from '../e2e/runtime/paths'
import { findChromium } from '../e2e/runtime/select'
import { generateJournal } from './generate'
import { median, percentile } from './stats'

/**
 * The renderer at 10,000 sessions (issue 12), in Debian Chromium with the real main-process router, as the
 * e2e runtime runs it. Needs the build (`npx electron-vite build --config electron.config.ts`): it measures
 * what out/renderer holds.
 */
export interface HomeBenchResult {
  /** Median over page loads: from the page's start (navigation) to the first recent-session row on Home. */
  home_first_row_ms: number
  /** Keydown to the next animation frame, typing in the session editor's notes. */
  keystroke_p95_ms: number
  keystroke_max_ms: number
  /** Keydown to next frame in a plain textarea outside React: what the frame cadence alone costs. */
  keystroke_floor_p95_ms: number
  /** The longest task (PerformanceObserver longtask) while typing; 0 when none passed 50 ms. */
  keystroke_longest_task_ms: number
  /** Gzipped KB of the scripts Home's page load actually fetched (renderer.bench.ts reads the build's list). */
  home_loaded_js_gzip_kb: number
}

const SESSIONS = 10_000
const LOADS = 7
const KEYSTROKES = 120

const FIRST_ROW = '[aria-labelledby="recent-title"] .session-list li'

declare global {
  interface Window {
    __benchFirstRow?: number
    __benchFrames?: number[]
    __benchLongTasks?: number[]
  }
}

export async function benchHome(log: (line: string) => void = () => undefined): Promise<HomeBenchResult> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('The renderer benchmark needs Chromium (apt-get install -y chromium).')
  await globalSetup()
  const dir = await mkdtemp(join(tmpdir(), 'tandem-bench-renderer-'))
  const browser = await launchChromiumBrowser(executablePath)
  try {
    log(`home: writing a journal of ${SESSIONS.toLocaleString('en')} sessions`)
    await generateJournal(dir, SESSIONS)
    const app = await launchInChromium(browser, dir, { openExternal: async () => undefined })
    const { page } = app
    // Stamps the first recent-session row as it is added to the page, in the page's own clock
    // (performance.now() counts from the navigation's start).
    await page.addInitScript((selector) => {
      new MutationObserver((_changes, observer) => {
        if (document.querySelector(selector)) {
          window.__benchFirstRow = performance.now()
          observer.disconnect()
        }
      }).observe(document, { childList: true, subtree: true })
    }, FIRST_ROW)

    const firstRow: number[] = []
    const scripts = new Set<string>()
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.origin === TEST_ORIGIN && url.pathname.endsWith('.js')) scripts.add(url.pathname)
    })
    for (let i = 0; i < LOADS; i++) {
      scripts.clear()
      await page.goto(`${TEST_ORIGIN}/index.html`)
      await page.waitForSelector(FIRST_ROW)
      firstRow.push(await page.evaluate(() => window.__benchFirstRow ?? Number.NaN))
    }
    log(`home: home first row ${firstRow.map((ms) => ms.toFixed(0)).join(', ')} ms`)
    const firstScripts = [...scripts]
    const gz = async (paths: string[]) => {
      const sizes = await Promise.all(
        paths.map(async (p) => gzipSync(await readFile(join(rendererDir, p))).length),
      )
      return sizes.reduce((a, b) => a + b, 0) / 1024
    }

    // Typing in the editor of the newest session: every few keystrokes the autosave runs, as in use.
    await page.locator(FIRST_ROW).first().locator('button, a').first().click()
    const notes = page.getByLabel('Notes', { exact: true })
    await notes.waitFor()
    await notes.click()
    await page.keyboard.press('End')
    await page.evaluate(() => {
      window.__benchFrames = []
      window.__benchLongTasks = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__benchLongTasks?.push(entry.duration)
      }).observe({ type: 'longtask' })
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp
          requestAnimationFrame(() => window.__benchFrames?.push(performance.now() - start))
        },
        { capture: true },
      )
    })
    const text = 'We talked about the next release and what to hand over. '
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.type(text[i % text.length] ?? ' ')
      // A fast typist's pace in bursts of ten, with pauses long enough for the autosave (600 ms after the
      // last keystroke) to run, so the next burst lands while the save's answer updates the screen.
      await page.waitForTimeout(i % 10 === 9 ? 700 : 30)
    }
    await page.waitForTimeout(1500)
    const frames = await page.evaluate(() => window.__benchFrames ?? [])
    const longTasks = await page.evaluate(() => window.__benchLongTasks ?? [])
    // The floor: the same measure on a plain textarea outside React, so the frame cadence alone shows.
    await page.evaluate(() => {
      window.__benchFrames = []
      const plain = document.createElement('textarea')
      plain.setAttribute('aria-label', 'Bench floor')
      document.body.append(plain)
      plain.focus()
    })
    for (let i = 0; i < 40; i++) {
      await page.keyboard.type('x')
      await page.waitForTimeout(30)
    }
    const floor = await page.evaluate(() => window.__benchFrames ?? [])
    await app.close()

    return {
      home_first_row_ms: median(firstRow),
      keystroke_p95_ms: percentile(frames, 95),
      keystroke_max_ms: Math.max(...frames),
      keystroke_floor_p95_ms: percentile(floor, 95),
      keystroke_longest_task_ms: longTasks.length === 0 ? 0 : Math.max(...longTasks),
      home_loaded_js_gzip_kb: await gz(firstScripts),
    }
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}
