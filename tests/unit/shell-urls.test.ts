import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rendererFileFor } from '../../src/main/electron/renderer-files'
import { isAppUrl } from '../../src/main/electron/urls'
import { tempDir } from './helpers/temp'

describe("the app's own pages", () => {
  it('answers the packaged window, whose custom-scheme origin Node calls "null"', () => {
    expect(new URL('tandem://app/index.html').origin).toBe('null')
    expect(isAppUrl('tandem://app/index.html', 'tandem://app')).toBe(true)
    expect(isAppUrl('tandem://app/', 'tandem://app')).toBe(true)
  })

  it('answers the dev server while developing', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })

  it('refuses every other page', () => {
    for (const url of [
      'tandem://evil/index.html',
      'tandem://app.evil.com/',
      'tandem://user:pw@app/',
      'https://app/',
      'file:///index.html',
      'null',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, 'tandem://app'), url).toBe(false)
    }
  })
})

describe('the renderer protocol', () => {
  async function renderer() {
    const root = await tempDir()
    await mkdir(join(root, 'assets'))
    await writeFile(join(root, 'index.html'), '<!doctype html>')
    await writeFile(join(root, 'assets', 'app.js'), '')
    return root
  }

  it('serves files of the built renderer', async () => {
    const root = await renderer()
    expect(await rendererFileFor(root, 'tandem://app/')).toMatch(/index\.html$/)
    expect(await rendererFileFor(root, 'tandem://app/assets/app.js')).toMatch(/app\.js$/)
  })

  it('answers 404, never throws, for malformed escapes, escapes that climb out, other hosts and missing files', async () => {
    const root = await renderer()
    for (const url of [
      'tandem://app/%',
      'tandem://app/%E0%A4%A',
      'tandem://app/%c0%ae%c0%ae/etc/passwd',
      'tandem://app/%2e%2e/%2e%2e/etc/passwd',
      'tandem://app/..%2f..%2fetc%2fpasswd',
      'tandem://app/index.html%00.js',
      'tandem://other/index.html',
      'tandem://app/missing.js',
    ]) {
      expect(await rendererFileFor(root, url), url).toBeNull()
    }
  })

  it('does not follow a symlink inside the renderer folder out of it', async () => {
    const root = await renderer()
    const outside = await tempDir()
    await writeFile(join(outside, 'secret.txt'), 'journal text')
    await symlink(join(outside, 'secret.txt'), join(root, 'assets', 'leak.txt'))
    expect(await rendererFileFor(root, 'tandem://app/assets/leak.txt')).toBeNull()
  })
})
