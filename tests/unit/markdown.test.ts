import { describe, expect, it } from 'vitest'
import { renderMarkdown, safeUrl } from '../../src/shared/markdown'

/** Everything that could run code or load something once the HTML is in a page. */
function dangerous(html: string): string[] {
  const found: string[] = []
  if (/<\s*(script|iframe|embed|object|svg|img|style|link|meta|base|form)\b/i.test(html)) found.push('tag')
  if (/\son[a-z]+\s*=/i.test(html.replace(/&[a-z#0-9]+;/gi, ''))) {
    // on* attributes count only inside a real tag, not in escaped text
    if (/<[^>]+\son[a-z]+\s*=/i.test(html)) found.push('handler')
  }
  if (/href\s*=\s*"(?!https?:|mailto:)/i.test(html)) found.push('href')
  if (/src\s*=/i.test(html) && /<[^>]+src\s*=/i.test(html)) found.push('src')
  return found
}

describe('the markdown pipeline', () => {
  const attacks: Array<[string, string]> = [
    ['a script tag', '<script>alert(1)</script>'],
    ['an inline script in a paragraph', 'hello <script>alert(1)</script> world'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a javascript: link with odd case and spaces', '[click]( JaVaScRiPt:alert(1) )'],
    ['an entity-encoded javascript: link', '[click](&#106;avascript:alert(1))'],
    ['a data: link', '[data](data:text/html;base64,PHNjcmlwdD4=)'],
    ['a vbscript: link', '[x](vbscript:msgbox(1))'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a reference-style javascript: link', '[x][1]\n\n[1]: javascript:alert(1)'],
    ['an image with onerror', '<img src=x onerror=alert(1)>'],
    ['a markdown image with a javascript: url', '![x](javascript:alert(1))'],
    ['an svg with onload', '<svg onload=alert(1)></svg>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an embed', '<embed src="https://evil.example/x.swf">'],
    ['an object', '<object data="x"></object>'],
    ['a raw anchor with javascript:', '<a href="javascript:alert(1)">x</a>'],
    ['a style tag', '<style>body{display:none}</style>'],
    ['a link title breaking out of its attribute', '[x](https://ok.example "a\\" onmouseover=\\"alert(1))'],
    ['an input with a focus handler', '<input onfocus=alert(1) autofocus>'],
    ['a text input', '<input type=text name=x>'],
    ['a javascript: link in a task item', '- [x] [done](javascript:alert(1))'],
    ['a handler smuggled into a table cell', '| a |\n|:-:|\n| <b onmouseover=alert(1)>x</b> |'],
  ]
  for (const [what, source] of attacks) {
    it(`neutralises ${what}`, () => {
      expect(dangerous(renderMarkdown(source))).toEqual([])
    })
  }

  it('shows raw HTML as text instead of dropping it', () => {
    expect(renderMarkdown('<b>bold?</b>')).toContain('&lt;b&gt;bold?&lt;/b&gt;')
  })

  it('keeps ordinary markdown and safe links', () => {
    const html = renderMarkdown(
      '# Title\n\n- **one**\n- [docs](https://example.com/a?b=1)\n\n[mail](mailto:sam@example.com)',
    )
    expect(html).toContain('<h1>Title</h1>')
    expect(html).toContain('<strong>one</strong>')
    expect(html).toContain('<a href="https://example.com/a?b=1" rel="noreferrer noopener">docs</a>')
    expect(html).toContain('href="mailto:sam@example.com"')
  })

  it('never loads an image: it becomes a link to it', () => {
    const html = renderMarkdown('![chart](https://example.com/c.png)')
    expect(html).not.toContain('<img')
    expect(html).toContain('href="https://example.com/c.png"')
  })

  it('allows only http, https and mailto URLs', () => {
    expect(safeUrl('https://a.example')).toBe('https://a.example')
    expect(safeUrl('mailto:x@y.z')).toBe('mailto:x@y.z')
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'java\tscript:x',
      '//evil.example',
      'tandem://app/x',
      '',
    ]) {
      expect(safeUrl(bad), bad).toBeNull()
    }
  })

  it('shows a task list as read-only checkboxes, ticked or not', () => {
    const html = renderMarkdown('- [ ] draft the agenda\n- [x] book a room')
    expect(html).toContain(
      '<li class="md-task-item"><input type="checkbox" class="md-task" disabled=""> draft the agenda</li>',
    )
    expect(html).toContain(
      '<li class="md-task-item"><input type="checkbox" class="md-task" disabled="" checked=""> book a room</li>',
    )
    // The only form control the pipeline ever writes is that disabled checkbox.
    const inputs = html.match(/<input[^>]*>/g) ?? []
    expect(inputs).toHaveLength(2)
    for (const input of inputs) expect(input).toMatch(/^<input type="checkbox" class="md-task" disabled=""/)
  })

  it('keeps an ordered list’s start number', () => {
    expect(renderMarkdown('3. third\n4. fourth')).toContain('<ol start="3">')
    expect(renderMarkdown('1. first')).toContain('<ol>\n')
  })

  it('keeps table alignment as a class, never a style or align attribute', () => {
    const html = renderMarkdown('| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |')
    for (const align of ['left', 'center', 'right']) {
      expect(html).toContain(`<th class="md-align-${align}">`)
      expect(html).toContain(`<td class="md-align-${align}">`)
    }
    expect(html).toContain('<td>4</td>')
    expect(html).not.toMatch(/\s(style|align)=/)
  })

  it('shows hostile inputs as text', () => {
    const html = renderMarkdown('<input onfocus=alert(1) autofocus> <input type=text>')
    expect(html).toContain('&lt;input onfocus=alert(1) autofocus&gt; &lt;input type=text&gt;')
    expect(html).not.toContain('<input')
  })
})
