import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from '../../src/shared/external-links'
import { openEngine } from './helpers/temp'

describe('opening external links', () => {
  it('allows web and e-mail links only', () => {
    expect(isAllowedExternalUrl('https://example.com/page')).toBe(true)
    expect(isAllowedExternalUrl('http://example.com')).toBe(true)
    expect(isAllowedExternalUrl('mailto:sam@example.com')).toBe(true)
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'https://user:pass@example.com',
      'not a url',
      'mailto:',
      `https://example.com/${'a'.repeat(5000)}`,
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false)
    }
  })

  it('hands only allowed links to the OS, through main', async () => {
    const { callResult, links } = await openEngine()
    expect(await callResult('links:open-external', { url: 'https://example.com' })).toEqual({
      ok: true,
      value: undefined,
    })
    expect(await callResult('links:open-external', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    })
    expect(links).toEqual(['https://example.com'])
  })
})
