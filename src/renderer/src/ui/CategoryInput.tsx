import type { InputHTMLAttributes } from 'react'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'list' | 'maxLength'> & {
  id: string
  /** Offered in a native list (presets and categories in use); any other text is fine too. */
  suggestions: readonly string[]
}

/** The free-text category of a goal or a skill (at most 60 characters, as the domain allows). */
export function CategoryInput({ id, suggestions, ...input }: Props) {
  const listId = `${id}-suggestions`
  return (
    <>
      <input id={id} list={listId} maxLength={60} {...input} />
      <datalist id={listId}>
        {suggestions.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </>
  )
}
