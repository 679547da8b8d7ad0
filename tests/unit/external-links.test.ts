import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl, toExternalUrl } from '../../src/shared/external-links'
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

  it('refuses text the OS could read differently from the parser, and mail that attaches files', () => {
    for (const url of [
      '\thttps://example.com',
      'https://ex\nample.com',
      'https://evil.com\\@example.com',
      'https://example.com/ --no-sandbox',
      ' https://example.com',
      'https://example.com/\u0000',
      'mailto:sam@example.com?attach=/etc/passwd',
      'mailto:sam@example.com?subject=hi&Attachment=C:/x',
    ]) {
      expect(toExternalUrl(url), JSON.stringify(url)).toBeNull()
    }
    expect(toExternalUrl('mailto:sam@example.com?subject=Thanks')).toBe(
      'mailto:sam@example.com?subject=Thanks',
    )
  })

  it('limits mail links to addresses, a subject and a body, rebuilt from their parts', () => {
    for (const url of [
      'mailto:sam@example.com?cc=boss@example.com',
      'mailto:sam@example.com?bcc=someone@example.com',
      'mailto:sam@example.com?subject=a&subject=b',
      'mailto:sam@example.com?x-header=1',
      'mailto:?to=sam@example.com',
      'mailto:not-an-address',
      'mailto:sam@localhost',
      'mailto:sam@example.com%0Abcc:x@example.com',
      'mailto:%E0%A4%A',
    ]) {
      expect(toExternalUrl(url), url).toBeNull()
    }
    expect(toExternalUrl('mailto:sam@example.com,ana@example.org')).toBe(
      'mailto:sam@example.com,ana@example.org',
    )
    // Spaces encoded as %20 (a "+" would reach the mail client literally), fields in lower case.
    expect(toExternalUrl('mailto:sam@example.com?Subject=Next+week&body=See%20you%20then')).toBe(
      'mailto:sam@example.com?subject=Next%20week&body=See%20you%20then',
    )
  })

  it('hands the OS the parsed URL, not the text it was given', () => {
    expect(toExternalUrl('HTTPS://Example.COM/a/../b')).toBe('https://example.com/b')
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
    expect(links).toEqual(['https://example.com/'])
  })
})
