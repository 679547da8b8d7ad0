import { expect, type Locator, type Page } from '@playwright/test'

/** The current Tandem window: models ask for it on every step, so they keep working after a restart. */
export type CurrentPage = () => Page

/** The screens of the sidebar, by their labels. */
export type Screen =
  | 'Home'
  | 'Sessions'
  | 'Goals'
  | 'Skills'
  | 'Practise skills'
  | 'Reflections'
  | 'Prompts'
  | 'Programs'
  | 'Export'
  | 'Trash'
  | 'People'
  | 'Settings'
  | 'Journey'

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

  /** The sidebar's entry for the screen on show (aria-current="page"). */
  get current(): Locator {
    return this.page().getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]')
  }

  /** The autosave status of the editor on screen ("Saving…", "Saved", "Not saved — …"). */
  get status(): Locator {
    // In the main area: the app's notice (outside it) is a status region too.
    return this.page().getByRole('main').getByRole('status')
  }

  /** The app's notice ("Session deleted." with Undo), bottom right, outside the main area. */
  get notice(): Locator {
    return this.page().locator('.notice-host')
  }

  /** Presses Undo on the notice and waits for what it says about the restore. */
  async undo(): Promise<void> {
    await this.notice.getByRole('button', { name: 'Undo' }).click()
    await expect(this.notice.getByRole('button', { name: 'Undo' })).toHaveCount(0)
  }
}

/** A regular expression that matches `text` literally (row buttons are named by more than their title). */
export function literally(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
}
