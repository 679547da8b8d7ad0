import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import { ProgramTemplate } from '../../shared/domain/program'
import { type BuiltInPrompt, PromptLibraryFile } from '../../shared/domain/prompt'

/** A built-in file that could not be used, in words for the user. */
export interface ResourceProblem {
  file: string
  message: string
}

export interface BuiltIns {
  prompts: BuiltInPrompt[]
  programs: ProgramTemplate[]
  problems: ResourceProblem[]
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'its contents are not what Tandem expects'
  const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
  return `its contents are not what Tandem expects${where} (${issue.message})`
}

async function readJsonFiles(dir: string): Promise<Array<{ file: string; raw: unknown } | ResourceProblem>> {
  const names = await readdir(dir).catch(() => [] as string[])
  return Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map(async (name) => {
        const file = join(dir, name)
        try {
          return { file, raw: JSON.parse(await readFile(file, 'utf8')) as unknown }
        } catch {
          return { file, message: 'it is not readable JSON' }
        }
      }),
  )
}

/**
 * Reads the prompt library and the program templates shipped in `resourcesDir`. A file that fails
 * validation is skipped and reported, never fatal: Tandem starts with whatever is valid.
 */
export async function loadBuiltIns(resourcesDir: string): Promise<BuiltIns> {
  const problems: ResourceProblem[] = []
  const prompts: BuiltInPrompt[] = []
  const seen = new Set<string>()
  for (const entry of await readJsonFiles(join(resourcesDir, 'prompts'))) {
    if ('message' in entry) {
      problems.push(entry)
      continue
    }
    const parsed = PromptLibraryFile.safeParse(entry.raw)
    if (!parsed.success) {
      problems.push({ file: entry.file, message: describeIssue(parsed.error) })
      continue
    }
    const inFile = new Set<string>()
    const clash = parsed.data.prompts.find((p) => {
      if (seen.has(p.id) || inFile.has(p.id)) return true
      inFile.add(p.id)
      return false
    })
    if (clash) {
      problems.push({ file: entry.file, message: `the prompt id "${clash.id}" is used twice` })
      continue
    }
    for (const prompt of parsed.data.prompts) seen.add(prompt.id)
    prompts.push(...parsed.data.prompts)
  }

  const programs: ProgramTemplate[] = []
  for (const entry of await readJsonFiles(join(resourcesDir, 'programs'))) {
    if ('message' in entry) {
      problems.push(entry)
      continue
    }
    const parsed = ProgramTemplate.safeParse(entry.raw)
    if (!parsed.success) {
      problems.push({ file: entry.file, message: describeIssue(parsed.error) })
      continue
    }
    const unknown = parsed.data.weeks
      .flatMap((w) => [...w.promptsBefore, ...w.promptsAfter])
      .find((id) => !seen.has(id))
    if (unknown !== undefined) {
      problems.push({
        file: entry.file,
        message: `it names a prompt that is not in the library ("${unknown}")`,
      })
      continue
    }
    if (programs.some((p) => p.id === parsed.data.id)) {
      problems.push({ file: entry.file, message: `another program already has the id "${parsed.data.id}"` })
      continue
    }
    programs.push(parsed.data)
  }
  return { prompts, programs, problems }
}
