// @vitest-environment node
// Playwright cannot load inside happy-dom; this file drives a real Chromium from plain Node instead.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, chromium, type Page } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { keepOnlyReadOnlyCheckbox, markdownSanitizeConfig } from '../../src/renderer/src/ui/sanitize-markdown'
import { renderMarkdown } from '../../src/shared/markdown'

/**
 * The preview's DOMPurify settings, run by DOMPurify in Chromium (the engine Electron ships), because
 * happy-dom is not faithful to DOMPurify. Without a Chromium the test fails, as the e2e suite does: it
 * never turns into a silent skip.
 */
// The same Chromium the e2e runtime picks first (tests/e2e/runtime/select.ts); that file lies outside
// this test project's TypeScript config, so the two paths are repeated here.
const executablePath = [process.env.TANDEM_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => typeof path === 'string' && existsSync(path),
)

describe('the sanitizer in Chromium, with the app’s settings', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    if (executablePath === undefined) {
      throw new Error('No Chromium found: install Debian chromium or set TANDEM_CHROMIUM (see README).')
    }
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
    page = await browser.newPage()
    await page.setContent('<!doctype html><html><body></body></html>')
    const purify = createRequire(import.meta.url).resolve('dompurify/dist/purify.min.js')
    await page.addScriptTag({ content: readFileSync(purify, 'utf8') })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  /** The HTML as the preview would hold it, sanitized by DOMPurify in a real engine. */
  async function sanitized(html: string): Promise<string> {
    return page.evaluate(
      ({ html, config, hook }) => {
        type Purifier = {
          addHook(name: string, hook: (node: Element) => void): void
          sanitize(html: string, config: unknown): string
        }
        const factory = (window as unknown as { DOMPurify: () => Purifier }).DOMPurify
        const purifier = factory()
        purifier.addHook('afterSanitizeAttributes', new Function(`return ${hook}`)())
        return purifier.sanitize(html, config)
      },
      { html, config: markdownSanitizeConfig, hook: keepOnlyReadOnlyCheckbox.toString() },
    )
  }

  test('task lists, start numbers, alignment and link rel survive', async () => {
    const html = await sanitized(
      renderMarkdown(
        '- [ ] draft\n- [x] booked\n\n---\n\n3. third\n4. fourth\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n[docs](https://example.com)',
      ),
    )
    expect(html).toContain('<input type="checkbox" class="md-task" disabled="">')
    expect(html).toContain('<input type="checkbox" class="md-task" disabled="" checked="">')
    expect(html).toContain('<ol start="3">')
    expect(html).toContain('<th class="md-align-left">')
    expect(html).toContain('<td class="md-align-center">')
    expect(html).toContain('<td class="md-align-right">')
    expect(html).toContain('<a href="https://example.com" rel="noreferrer noopener">docs</a>')
  })

  test('HTML the pipeline never writes is still neutralised', async () => {
    const html = await sanitized(
      '<input onfocus="alert(1)" autofocus><input type="text" value="v"><input type="checkbox">' +
        '<input type="checkbox" disabled checked onclick="alert(1)">' +
        '<a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a><a href="https://ok.example">ok</a>' +
        '<p style="color:red" onmouseover="alert(1)" align="right">p</p><img src="x"><button>b</button>' +
        '<textarea>t</textarea><select><option>o</option></select><form action="https://x"></form>' +
        '<ol start="javascript:alert(1)"><li>s</li></ol>',
    )
    const inputs = html.match(/<input[^>]*>/g) ?? []
    expect(inputs).toEqual(['<input type="checkbox" disabled="" checked="">'])
    expect(html).toContain('<a>j</a><a>d</a><a href="https://ok.example">ok</a>')
    expect(html).not.toMatch(/\s(on[a-z]+|style|align|src|action|value)=/i)
    expect(html).not.toMatch(/<(img|button|textarea|select|option|form)\b/i)
  })
})
