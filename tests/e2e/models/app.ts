import type { Locator, Page } from '@playwright/test'

/** The current Tandem window: models ask for it on every step, so they keep working after a restart. */
export type CurrentPage = () => Page

/** The screens of the sidebar, by their labels. */
export type Screen =
  | 'Home'
  | 'Sessions'
  | 'Goals'
  | 'Skills'
  | 'Review'
  | 'Reflections'
  | 'Prompts'
  | 'Programs'
  | 'Export'

/** The sidebar and what every screen shares. */
export class Navigation {
  constructor(private readonly page: CurrentPage) {}

  /** Opens a screen from the sidebar. */
  async go(screen: Screen): Promise<void> {
    await this.page()
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: screen, exact: true })
      .click()
  }

  /** The autosave status of the editor on screen ("Saving…", "Saved", "Not saved — …"). */
  get status(): Locator {
    return this.page().getByRole('status')
  }
}

/** A regular expression that matches `text` literally (row buttons are named by more than their title). */
export function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
}
