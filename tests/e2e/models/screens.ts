import { expect, type Locator, type Page } from '@playwright/test'

export interface ShotOptions {
  /** Only this element (the app scrolls inside its main area, so a page shot shows the window). */
  part?: Locator
  fullPage?: boolean
  /** A window this tall first: the app scrolls inside its main pane, so a tall window shows a screen whole. */
  height?: number | 'content'
  /** Back to the fixture's 1280×860 window afterwards. */
  restoreSize?: boolean
  /** Fails the spec if the screen scrolls sideways, in either scheme. */
  expectNoSidewaysScroll?: boolean
  /** Shoot once, in the colour scheme the page already has; otherwise light and dark, ending in light. */
  onlyScheme?: 'light' | 'dark'
}

/** Screens a person looks at: PNGs under test-results/screens/<name>-<scheme>.png for a reviewer to open. */
export async function shoot(page: Page, name: string, options: ShotOptions = {}): Promise<void> {
  if (options.height !== undefined) {
    const height =
      options.height === 'content'
        ? Math.max(860, await page.evaluate(() => document.querySelector('.main')?.scrollHeight ?? 860))
        : options.height
    await page.setViewportSize({ width: 1280, height })
  }
  const once = options.onlyScheme
  for (const colorScheme of once ? [once] : (['light', 'dark'] as const)) {
    if (!once) await page.emulateMedia({ colorScheme })
    if (options.expectNoSidewaysScroll) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `${name} (${colorScheme}) scrolls sideways`).toBeLessThanOrEqual(0)
    }
    const path = `test-results/screens/${name}-${colorScheme}.png`
    if (options.part) await options.part.screenshot({ path })
    else await page.screenshot({ path, fullPage: options.fullPage ?? false })
  }
  if (!once) await page.emulateMedia({ colorScheme: 'light' })
  if (options.restoreSize) await page.setViewportSize({ width: 1280, height: 860 })
}

/** The small window the screens must hold in (760×520 with 150% text), or back to the default one. */
export async function smallWindow(page: Page, on: boolean): Promise<void> {
  await page.setViewportSize(on ? { width: 760, height: 520 } : { width: 1280, height: 860 })
  await page.evaluate(
    (size) => document.documentElement.style.setProperty('--text-size', size),
    on ? '150%' : '100%',
  )
}
