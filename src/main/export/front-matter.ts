/**
 * A value YAML reads back as written: strings double-quoted (JSON strings are valid YAML), lists and
 * records inline as JSON (a JSON array is a valid YAML flow sequence).
 */
type FrontMatterValue =
  | string
  | number
  | boolean
  | null
  | string[]
  | Array<Record<string, string | number | boolean | null>>

function yamlValue(value: FrontMatterValue): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `[${value.map((v: unknown) => JSON.stringify(v)).join(', ')}]`
  if (typeof value === 'string') {
    // Dates stay bare so YAML tools see them as dates.
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value)
  }
  return String(value)
}

/** YAML front matter between --- lines; keys in the given order, undefined values left out. */
export function frontMatter(fields: Record<string, FrontMatterValue | undefined>): string {
  const lines = Object.entries(fields).flatMap(([key, value]) =>
    value === undefined ? [] : [`${key}: ${yamlValue(value)}`],
  )
  return `---\n${lines.join('\n')}\n---\n`
}

/** A file-name-safe slug of a title: "Miro basics, with Sam!" -> "miro-basics-with-sam". */
export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
  return slug === '' ? 'untitled' : slug
}
