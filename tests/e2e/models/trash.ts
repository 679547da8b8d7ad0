import type { Locator } from '@playwright/test'
import { type CurrentPage, Navigation } from './app'

/** The Trash screen: deleted items for 30 days, Restore and Remove for good. */
export class TrashModel {
  private readonly nav: Navigation

  constructor(private readonly page: CurrentPage) {
    this.nav = new Navigation(page)
  }

  async open(): Promise<void> {
    await this.nav.go('Trash')
  }

  get list(): Locator {
    return this.page().getByRole('list', { name: 'Deleted items' })
  }

  /** One deleted item's row, found by its title. */
  row(title: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: title })
  }

  async restore(title: string): Promise<void> {
    await this.page()
      .getByRole('button', { name: `Restore ${title}` })
      .click()
  }

  /** Asks to remove one item for good; answers the dialog. */
  async askToRemove(title: string): Promise<Locator> {
    await this.page()
      .getByRole('button', { name: `Remove for good: ${title}` })
      .click()
    return this.page().getByRole('dialog', { name: 'Remove this for good?' })
  }

  async askToEmpty(): Promise<Locator> {
    await this.page().getByRole('button', { name: 'Empty trash' }).click()
    return this.page().getByRole('dialog', { name: 'Empty the trash?' })
  }
}
