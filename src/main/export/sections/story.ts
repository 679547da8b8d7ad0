import { escapeHtml } from '../../../shared/markdown'
import type { BuiltSection } from './types'

/** One part of a story section: a heading of its own (and a bookmark), then its text. */
export interface StoryPart {
  anchor: string
  title: string
  html: string
  markdown: string
}

/**
 * A focused report's story (a goal's, a relationship's) as one built section: its head, then each part
 * under its own heading, listed in the contents and the bookmarks.
 */
export function storySection<M>(
  section: { id: string; title: string; model: M },
  head: { html: string; markdown: string },
  parts: StoryPart[],
): BuiltSection {
  return {
    id: section.id,
    title: section.title,
    anchor: `sec-${section.id}`,
    model: section.model,
    facts: [],
    tables: [],
    charts: [],
    summaryOrder: 0,
    subEntries: parts.map((p) => ({ anchor: p.anchor, title: p.title })),
    isEmpty: false,
    html: () =>
      `${head.html}${parts.map((p) => `<h3 class="month" id="${p.anchor}">${escapeHtml(p.title)}</h3><div class="block">${p.html}</div>`).join('')}`,
    markdown: () => `${head.markdown}\n${parts.map((p) => `### ${p.title}\n\n${p.markdown}\n`).join('\n')}`,
    files: () => null,
  }
}
