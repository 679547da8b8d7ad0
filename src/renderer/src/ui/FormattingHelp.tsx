import { useId } from 'react'

const examples: Array<[typed: string, shows: string]> = [
  ['**bold**', 'bold'],
  ['*italic*', 'italic'],
  ['- item', 'a bulleted list'],
  ['1. item', 'a numbered list'],
  ['- [ ] to do', 'a checkbox'],
  ['# Heading', 'a heading'],
  ['> quote', 'a quotation'],
  ['[text](https://…)', 'a link'],
]

/**
 * The line under a text field that takes formatting, and a small popover listing what works. The
 * popover is the browser's own (`popover`): Escape and a click outside close it, and focus goes back
 * to the button.
 */
export function FormattingHelp() {
  const id = useId()
  const popover = `${id}-formatting`
  return (
    <p className="formatting-hint">
      Formatting: **bold**, *italic*, - lists{' '}
      <button type="button" className="link-button small" popoverTarget={popover}>
        More about formatting
      </button>
      <span id={popover} popover="auto" className="formatting-popover" role="dialog" aria-label="Formatting">
        <span className="formatting-popover-title">Type this to get that</span>
        <span className="formatting-list">
          {examples.map(([typed, shows]) => (
            <span key={typed} className="formatting-row">
              <code>{typed}</code>
              <span>{shows}</span>
            </span>
          ))}
        </span>
        <button type="button" className="button small" popoverTarget={popover} popoverTargetAction="hide">
          Close
        </button>
      </span>
    </p>
  )
}
