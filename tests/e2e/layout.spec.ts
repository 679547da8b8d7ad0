import { mkdir } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import type { TandemApi } from '../../src/shared/contract'
import { expect, test } from './fixtures'
import { formatProblems, measureLayout, primaryActionProblem } from './layout-check'
import { realisticJournal } from './layout-journal'
import { chosenScreen, type Journal, layoutScreens } from './layout-screens'
import { seedJournal } from './seed'

/**
 * Every screen and dialog holds: at the default and the smallest window, at 100%, 150% and 200% text,
 * on an empty journal and on a full one with long titles (tests/e2e/layout-check.ts says what is
 * measured). Each state is also photographed to test-results/layout/ for a person to look at; the
 * states a reviewer looks at first (1200×820 at 100%, 760×520 at 150%) in dark too.
 */
const windows = [
  { width: 1200, height: 820 },
  { width: 760, height: 520 },
] as const
const textSizes = [100, 150, 200] as const
/** The app's API in the page (the renderer's own declaration of it is not part of the specs' build). */
type InPage = { tandem: TandemApi }

const lookedAt = new Set(['1200x820@100', '760x520@150'])

async function setTextSize(page: Page, textSize: (typeof textSizes)[number]): Promise<void> {
  const answer = await page.evaluate(
    (size) => (window as unknown as InPage).tandem.settings.update({ device: { textSize: size } }),
    textSize,
  )
  expect(answer.ok, 'the text size setting was saved').toBe(true)
  await page.reload()
  await expect(page.locator('html')).toHaveCSS('--text-size', `${textSize}%`)
}

for (const journal of ['empty', 'full'] as const satisfies readonly Journal[]) {
  for (const textSize of textSizes) {
    test(`every screen holds: ${journal} journal, ${textSize}% text, 1200×820 and 760×520`, async ({
      app,
    }) => {
      test.setTimeout(180_000)
      await mkdir('test-results/layout', { recursive: true })
      let page = app.page
      if (journal === 'full') {
        const seed = realisticJournal()
        await seedJournal(app.dataDir, seed)
        page = await app.restart()
        // Something in the trash, so its list is measured too.
        const gone = seed.sessions?.[5]?.id ?? ''
        const deleted = await page.evaluate(
          (id) => (window as unknown as InPage).tandem.sessions.delete({ id }),
          gone,
        )
        expect(deleted.ok, 'a session went to the trash').toBe(true)
      }
      await setTextSize(page, textSize)
      const failures: string[] = []
      for (const size of windows) {
        await page.setViewportSize(size)
        const where = `${size.width}x${size.height}@${textSize}`
        for (const screen of layoutScreens.filter(
          (s) => s.journals.includes(journal) && chosenScreen(s.name),
        )) {
          const label = `${screen.name} (${journal}) at ${size.width}×${size.height}, ${textSize}% text`
          await screen.open(page)
          await page.evaluate(() => document.fonts.ready)
          failures.push(...formatProblems(label, await measureLayout(page)))
          const primary = await primaryActionProblem(screen.primary(page))
          if (primary) failures.push(...formatProblems(label, [primary]))
          await page.evaluate(() => {
            for (const scroller of document.querySelectorAll('.main, .sidebar, .editor-preview'))
              scroller.scrollTop = 0
          })
          const file = `test-results/layout/${screen.name}-${journal}-${where}`
          await page.screenshot({ path: `${file}-light.png` })
          if (lookedAt.has(where)) {
            await page.emulateMedia({ colorScheme: 'dark' })
            await page.screenshot({ path: `${file}-dark.png` })
            await page.emulateMedia({ colorScheme: 'light' })
          }
          await screen.close?.(page)
        }
      }
      expect(failures, failures.join('\n')).toEqual([])
    })
  }
}
