import {
  type LedgerSide,
  ledgerLines,
  MAX_STAR_LENGTH,
  MAX_STARS,
} from '../../../../shared/domain/ledger-lines'

export const LEDGER_SIDES: readonly LedgerSide[] = ['learned', 'shared']

const SIDE_WORDS: Record<LedgerSide, { label: string; placeholder: string; stars: string; field: string }> = {
  learned: {
    label: 'What I learned',
    placeholder: 'A tool, a shortcut, a new way of seeing things…',
    stars: 'Learned lines to star',
    field: 'what I learned',
  },
  shared: {
    label: 'What I shared',
    placeholder: 'Experience, context, a story that helped…',
    stars: 'Shared lines to star',
    field: 'what I shared',
  },
}

/** One side of the two-way ledger: its text, and under it the lines to star for the report. */
export function LedgerField({
  side,
  id,
  text,
  starred,
  onText,
  onStars,
}: {
  side: LedgerSide
  id: string
  text: string
  starred: string[]
  onText: (text: string) => void
  onStars: (starred: string[]) => void
}) {
  const words = SIDE_WORDS[side]
  return (
    <div className="field">
      <label htmlFor={id}>{words.label}</label>
      <textarea
        id={id}
        data-search-field={side}
        value={text}
        placeholder={words.placeholder}
        onChange={(e) => onText(e.target.value)}
      />
      <LedgerStars label={words.stars} field={words.field} text={text} starred={starred} onChange={onStars} />
    </div>
  )
}

/**
 * Under a ledger field: its lines, each with a star to tick, so the user picks what the progress
 * report's highlights quote (starred lines first, then the most recent). Folded away until asked for.
 */
function LedgerStars({
  label,
  field,
  text,
  starred,
  onChange,
}: {
  /** "Learned lines to star": names the list for a screen reader (not the field's own label). */
  label: string
  /** "what I learned": tells a screen reader which field's lines the fold holds. */
  field: string
  text: string
  starred: string[]
  onChange: (starred: string[]) => void
}) {
  const lines = ledgerLines(text).filter((line) => line.length <= MAX_STAR_LENGTH)
  if (lines.length === 0) return null
  const on = new Set(starred)
  const count = lines.filter((line) => on.has(line)).length
  const full = count >= MAX_STARS
  function toggle(line: string, star: boolean) {
    // Kept in the ledger's order, so the report quotes them as written; stars of lines gone for now
    // (cut, to be pasted back) stay behind them.
    const shown = new Set(lines)
    const away = starred.filter((l) => !shown.has(l))
    onChange([...lines.filter((l) => (l === line ? star : on.has(l))), ...away])
  }
  return (
    <details className="ledger-stars">
      <summary>
        <span aria-hidden="true">{count > 0 ? '★' : '☆'}</span> Star lines for the report
        <span className="visually-hidden"> from {field}</span>
        {count > 0 && <span className="ledger-stars-count"> · {count} starred</span>}
      </summary>
      <p className="muted small">Starred lines lead the highlights of your progress report.</p>
      <ul aria-label={label}>
        {lines.map((line) => {
          const checked = on.has(line)
          return (
            <li key={line}>
              <label className="star-line">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(e) => toggle(line, e.target.checked)}
                />
                <span>{line}</span>
              </label>
            </li>
          )
        })}
      </ul>
      {full && <p className="muted small">At most {MAX_STARS} starred lines here.</p>}
    </details>
  )
}
