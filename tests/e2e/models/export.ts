import { execFileSync } from 'node:child_process'
import type { Locator } from '@playwright/test'
import { type CurrentPage, Navigation } from './app'

/** The Export screen: PDF and Markdown reports, backup and restore. */
export class ExportModel {
  private readonly nav: Navigation

  constructor(
    private readonly page: CurrentPage,
    /** The file the next open dialog picks (the app fixture's). */
    private readonly pickFile: (path: string | null) => void,
  ) {
    this.nav = new Navigation(page)
  }

  async open(): Promise<void> {
    await this.nav.go('Export')
  }

  /** Picks the report period ("This year", "All time", …). */
  async choosePeriod(label: string): Promise<void> {
    await this.page().getByLabel('Period', { exact: true }).selectOption({ label })
  }

  async exportPdf(): Promise<void> {
    await this.page().getByRole('button', { name: 'Export PDF…' }).click()
  }

  async exportMarkdown(): Promise<void> {
    await this.page().getByRole('button', { name: 'Export Markdown…' }).click()
  }

  async backUp(): Promise<void> {
    await this.page().getByRole('button', { name: 'Back up journal…' }).click()
  }

  /** Asks to restore `file` (picked in the open dialog); a good backup then shows its dialog. */
  async askToRestore(file: string): Promise<Locator> {
    this.pickFile(file)
    await this.page().getByRole('button', { name: 'Restore from backup…' }).click()
    return this.restoreDialog
  }

  /** The "Bring in another journal" card. */
  get importCard(): Locator {
    return this.page().getByRole('region', { name: 'Bring in another journal' })
  }

  /** Picks `path` as the file (or folder) to import from `source` ("Day One export (.zip or .json)", …). */
  async pickImport(source: string, path: string | null): Promise<void> {
    this.pickFile(path)
    await this.importCard.getByLabel('From').selectOption({ label: source })
    await this.importCard.getByRole('button', { name: /^Choose (file|folder)…$/ }).click()
  }

  /** The backups Tandem made itself, on the backup card. */
  get backupList(): Locator {
    return this.page().getByRole('list', { name: 'Backups Tandem made' })
  }

  /** Asks to restore one listed backup (the newest first when `index` is 0); answers its dialog. */
  async askToRestoreListed(index = 0): Promise<Locator> {
    await this.backupList
      .getByRole('button', { name: /^Restore the backup of/ })
      .nth(index)
      .click()
    return this.restoreDialog
  }

  get restoreDialog(): Locator {
    return this.page().getByRole('dialog', { name: 'Restore this backup?' })
  }

  /** The status line of one action, found by a word of its message ("Saved", "Markdown", "Backup saved"). */
  result(word: string): Locator {
    return this.page().getByRole('main').getByRole('status').filter({ hasText: word })
  }
}

/** The text of a PDF (or of one page of it), laid out as pdftotext sees it. */
export function pdfText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : []
  return execFileSync('pdftotext', [...range, '-layout', path, '-'], { encoding: 'utf8' })
}

export function pdfInfo(path: string): string {
  return execFileSync('pdfinfo', [path], { encoding: 'utf8' })
}

export function pageCountOf(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(pdfInfo(path))?.[1] ?? 0)
}

/** The PDF's outline (bookmarks), as titles indented two spaces a level, from pdftohtml's XML. */
export function pdfOutline(path: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', path], { encoding: 'utf8' })
  const lines: string[] = []
  let depth = -1
  for (const match of xml.matchAll(/<outline>|<\/outline>|<item[^>]*>([^<]*)<\/item>/g)) {
    if (match[0] === '<outline>') depth++
    else if (match[0] === '</outline>') depth--
    else lines.push(`${'  '.repeat(Math.max(0, depth))}${decodeXml(match[1] ?? '')}`)
  }
  return lines
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
