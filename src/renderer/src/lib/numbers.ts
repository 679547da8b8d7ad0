/** A file size in the user's own number format: "840 B", "12.5 kB", "3.2 MB". */
export function formatBytes(bytes: number): string {
  const units = [
    ['byte', 1],
    ['kilobyte', 1000],
    ['megabyte', 1000 ** 2],
    ['gigabyte', 1000 ** 3],
  ] as const
  let chosen: (typeof units)[number] = units[0]
  for (const unit of units) if (bytes >= unit[1]) chosen = unit
  const [unit, size] = chosen
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'byte' ? 0 : 1,
  }).format(bytes / size)
}

/** A number in the user's own format ("1,234.5", "1.234,5", "1 234,5"). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(value)
}

/** "3 sessions", "1 practice entry": a count and its noun, singular or plural. */
export function countOf(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`
}

/** The system's language and region in its own words ("English (United Kingdom)"), or its tag. */
export function systemLocaleName(): string {
  const locale = new Intl.NumberFormat().resolvedOptions().locale
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale
  } catch {
    return locale
  }
}
