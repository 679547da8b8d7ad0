import type { Browser } from '@playwright/test'
import { chromiumPdfOptions, type PrintOptions } from '../../../src/main/context'

/**
 * The test runtime's printer: Chromium's page.pdf (the engine Electron's printToPDF uses), in a fresh
 * context with JavaScript disabled, like the app's hidden print window.
 */
export function chromiumPrinter(browser: Browser) {
  return async (html: string, options: PrintOptions): Promise<Uint8Array> => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const stop = () => void context.close().catch(() => undefined)
    options.signal?.addEventListener('abort', stop, { once: true })
    try {
      // Nothing leaves the machine: the report needs no request at all.
      await context.route('**/*', (route) => route.abort('blockedbyclient'))
      const page = await context.newPage()
      await page.setContent(html, { waitUntil: 'load' })
      const pdf = await page.pdf({ format: options.pageSize, ...chromiumPdfOptions(options) })
      return new Uint8Array(pdf)
    } finally {
      options.signal?.removeEventListener('abort', stop)
      await context.close().catch(() => undefined)
    }
  }
}
