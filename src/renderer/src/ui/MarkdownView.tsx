import { type MouseEvent, useMemo } from 'react'
import { renderMarkdown } from '../../../shared/markdown'
import { tandem } from '../lib/client'
import { sanitizeMarkdownHtml } from './sanitize-markdown'

/** Markdown through the shared pipeline, then DOMPurify (sanitize-markdown.ts). Links open in the browser via main's allow-list. */
export function MarkdownView({
  source,
  className,
  empty,
}: {
  source: string
  className?: string
  empty?: string
}) {
  const html = useMemo(() => sanitizeMarkdownHtml(renderMarkdown(source)), [source])
  function onClick(event: MouseEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement
    const link = target.closest('a')
    if (!link) return
    event.preventDefault()
    const href = link.getAttribute('href')
    if (href) void tandem().links.openExternal({ url: href })
  }
  if (source.trim() === '' && empty) return <p className="muted empty-preview">{empty}</p>
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the links inside are focusable and Enter clicks them.
    // biome-ignore lint/a11y/noStaticElementInteractions: delegation for the links inside.
    <div
      className={`markdown ${className ?? ''}`}
      onClick={onClick}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by the shared pipeline and sanitized by DOMPurify above.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  )
}
