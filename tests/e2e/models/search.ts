import { expect, type Locator } from '@playwright/test'
import type { CurrentPage } from './app'

/** The search dialog (Ctrl/Cmd+K, Edit › Find…): words in, results grouped by kind, one opened. */
export class SearchModel {
  constructor(private readonly page: CurrentPage) {}

  get dialog(): Locator {
    return this.page().getByRole('dialog', { name: 'Search' })
  }

  get box(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Search your journal' })
  }

  get results(): Locator {
    return this.dialog.getByRole('listbox', { name: 'Results' })
  }

  get status(): Locator {
    return this.dialog.getByRole('status')
  }

  /** One result, by the words of its title. */
  result(title: string | RegExp): Locator {
    return this.results.getByRole('option', { name: title })
  }

  /** The results of one kind ("Sessions", "Reflections", …), with its count in its name. */
  group(heading: string): Locator {
    return this.results.getByRole('group', { name: new RegExp(`^${heading}\\b`) })
  }

  /** Ctrl+K (⌘K), from wherever the app is; the box has focus. */
  async open(): Promise<void> {
    await this.page().keyboard.press('ControlOrMeta+KeyK')
    await expect(this.dialog).toBeVisible()
    await expect(this.box).toBeFocused()
  }

  /** Opens the dialog and types the words, waiting for an answer. */
  async find(words: string): Promise<void> {
    if (!(await this.dialog.isVisible())) await this.open()
    await this.box.fill(words)
    // The answer for these words, not the one before still on screen.
    await expect(this.status).toContainText(`“${words.trim()}”`)
  }

  async showFilters(): Promise<void> {
    const toggle = this.dialog.getByRole('button', { name: 'Filters' })
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  }

  get includePrivate(): Locator {
    return this.dialog.getByLabel('Include items marked private')
  }

  /** Clicks a result: its record opens and the dialog closes. */
  async openResult(title: string | RegExp): Promise<void> {
    await this.result(title).click()
    await expect(this.dialog).toBeHidden()
  }

  /** The text selected where focus is: in a field, its selected part; elsewhere, the page's selection. */
  selectedText(): Promise<string> {
    return this.page().evaluate(() => {
      const el = document.activeElement
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
        return el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)
      return window.getSelection()?.toString() ?? ''
    })
  }

  /** The accessible label of the focused element ("Notes", "Action item 1"). */
  focusedLabel(): Promise<string> {
    return this.page().evaluate(() => {
      const el = document.activeElement
      if (!(el instanceof HTMLElement)) return ''
      const byFor = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null
      return (byFor ?? el.getAttribute('aria-label') ?? '').trim()
    })
  }
}
