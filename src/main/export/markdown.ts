import type { MarkdownLayout } from '../../shared/contract/export'
import { frontMatter } from './front-matter'
import { type ProgressReport, partnerList, periodLine } from './report'
import type { MarkdownFile } from './sections/types'

function reportHead(report: ProgressReport): string {
  return frontMatter({
    title: report.title,
    author: report.author === '' ? undefined : report.author,
    period: report.period.label,
    from: report.period.from ?? undefined,
    to: report.period.to ?? undefined,
    partner: report.partner ?? undefined,
    generated: report.generatedAt,
  })
}

/**
 * The report as Markdown files, readable in any editor. single-file: one document with every section.
 * folder: README.md with the sections that have no files of their own, and one file per session (each
 * with front matter: title, date, partner, tags) next to it.
 */
export function reportMarkdown(report: ProgressReport, layout: MarkdownLayout): MarkdownFile[] {
  const own = layout === 'folder' ? report.sections.map((s) => ({ section: s, files: s.files() })) : []
  const inReadme = report.sections.filter(
    (s) => layout === 'single-file' || (own.find((o) => o.section === s)?.files ?? null) === null,
  )
  const partners = report.partner ? [report.partner] : report.partners
  const parts = [reportHead(report), `# ${report.title}`, '', `*${periodLine(report)}*`, '']
  if (partners.length > 0) parts.push(`With ${partnerList(partners)}.`, '')
  for (const section of inReadme) parts.push(`## ${section.title}`, '', section.markdown().trimEnd(), '')
  const listed = own.filter((o) => o.files !== null)
  for (const { section, files } of listed) {
    parts.push(`## ${section.title}`, '')
    for (const file of files ?? [])
      parts.push(`- [${file.name.replace(/^.*\//, '')}](${encodeURI(file.name)})`)
    parts.push('')
  }
  const main: MarkdownFile = {
    name: layout === 'folder' ? 'README.md' : 'report.md',
    content: parts.join('\n'),
  }
  return [main, ...listed.flatMap((o) => o.files ?? [])]
}
