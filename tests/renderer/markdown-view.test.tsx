import { cleanup, render } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { MarkdownView } from '../../src/renderer/src/ui/MarkdownView'

function view(source: string): HTMLElement {
  const { container } = render(<MarkdownView source={source} />)
  const root = container.querySelector('.markdown')
  if (!(root instanceof HTMLElement)) throw new Error('no markdown view')
  return root
}

/**
 * MarkdownView in happy-dom: the component, the shared pipeline and DOMPurify together. happy-dom is not
 * faithful to DOMPurify (its node walk loses the first top-level element and skips attribute checks), so
 * what the sanitizer keeps and removes is proven in Chromium (markdown-sanitize.test.ts), with the app's exact settings.
 */
describe('the markdown preview', () => {
  test('a task list shows read-only checkboxes, ticked as written', () => {
    const boxes = [...view('- [ ] draft the agenda\n- [x] book a room').querySelectorAll('input')]
    expect(boxes.map((b) => [b.type, b.checked, b.disabled])).toEqual([
      ['checkbox', false, true],
      ['checkbox', true, true],
    ])
    cleanup()
  })

  test('hostile markdown stays text: no input, no javascript: link', () => {
    const root = view('<input onfocus=alert(1) autofocus> <input type=text>\n\n[x](javascript:alert(1))')
    expect(root.querySelector('input')).toBeNull()
    expect(root.querySelector('a')).toBeNull()
    expect(root.textContent).toContain('<input onfocus=alert(1) autofocus>')
    cleanup()
  })
})
