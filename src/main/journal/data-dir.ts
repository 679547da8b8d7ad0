import { isAbsolute, join, resolve } from 'node:path'

/**
 * Where the journal lives: `--data-dir <path>` (or `--data-dir=<path>`), else TANDEM_DATA_DIR,
 * else `<userData>/journal`.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  userData: string,
): string {
  const fromArgs = argValue(argv, '--data-dir')
  const chosen = fromArgs ?? (env.TANDEM_DATA_DIR?.trim() || undefined)
  if (chosen === undefined) return join(userData, 'journal')
  return isAbsolute(chosen) ? chosen : resolve(chosen)
}

function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    if (arg === name) {
      const next = argv[i + 1]
      return next && !next.startsWith('--') ? next : undefined
    }
    if (arg?.startsWith(`${name}=`)) return arg.slice(name.length + 1) || undefined
  }
  return undefined
}
