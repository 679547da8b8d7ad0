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

/** "3 sessions", "1 practice entry": a count and its noun, singular or plural. */
export function countOf(count: number, one: string, many: string): string {
  return `${new Intl.NumberFormat().format(count)} ${count === 1 ? one : many}`
}
