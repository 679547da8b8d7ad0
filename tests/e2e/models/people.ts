import { expect, type Locator } from '@playwright/test'
import { type CurrentPage, Navigation } from './app'

type Direction = 'They mentor me' | 'I mentor them' | 'Both ways'

/** The People screen: every partner, with what can be changed about them. */
export class PeopleModel {
  private readonly nav: Navigation

  constructor(private readonly page: CurrentPage) {
    this.nav = new Navigation(page)
  }

  async open(): Promise<void> {
    await this.nav.go('People')
    await expect(this.page().getByRole('heading', { level: 1, name: 'People' })).toBeVisible()
  }

  get list(): Locator {
    return this.page().getByRole('list', { name: 'Partners', exact: true })
  }

  get archivedList(): Locator {
    return this.page().getByRole('list', { name: 'Archived partners' })
  }

  /** One partner's card, current or archived, found by their name. */
  row(name: string): Locator {
    return this.page().getByRole('listitem', { name, exact: true })
  }

  /** One fact on a partner's card ("Sessions held", "First met", …). */
  fact(name: string, label: string): Locator {
    return this.row(name).locator('dt', { hasText: label }).locator('xpath=following-sibling::dd')
  }

  async add(name: string, direction?: Direction): Promise<void> {
    await this.page().getByRole('button', { name: 'Add partner' }).click()
    const dialog = this.page().getByRole('dialog', { name: 'Add a partner' })
    await dialog.getByLabel('Name').fill(name)
    if (direction) await dialog.getByLabel('Who mentors whom').selectOption({ label: direction })
    await dialog.getByRole('button', { name: 'Add partner' }).click()
    await expect(dialog).toBeHidden()
  }

  /** Renames a partner, and changes who mentors whom when `direction` is given. */
  async change(from: string, to: string, direction?: Direction): Promise<void> {
    await this.page()
      .getByRole('button', { name: `Edit ${from}` })
      .click()
    const dialog = this.page().getByRole('dialog', { name: `Edit ${from}` })
    await dialog.getByLabel('Name').fill(to)
    if (direction) await dialog.getByLabel('Who mentors whom').selectOption({ label: direction })
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(dialog).toBeHidden()
  }

  async planNext(name: string, date: string): Promise<void> {
    await this.row(name).getByLabel('Plan the next session').fill(date)
  }

  async clearNext(name: string): Promise<void> {
    await this.page()
      .getByRole('button', { name: `Clear the next session with ${name}` })
      .click()
  }

  async archive(name: string): Promise<void> {
    await this.page()
      .getByRole('button', { name: `Archive ${name}` })
      .click()
  }

  async bringBack(name: string): Promise<void> {
    await this.page()
      .getByRole('button', { name: `Bring back ${name}` })
      .click()
  }

  /** Deletes a partner, answering the question. */
  async delete(name: string): Promise<void> {
    await this.page()
      .getByRole('button', { name: `Delete ${name}` })
      .click()
    await this.page()
      .getByRole('dialog', { name: `Delete ${name}?` })
      .getByRole('button', { name: 'Delete partner' })
      .click()
  }
}
