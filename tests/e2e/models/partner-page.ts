import { expect, type Locator } from '@playwright/test'
import type { CurrentPage } from './app'
import { PeopleModel } from './people'

/** A partner's page (opened from People): their sessions, what flowed each way, and the next session's agenda. */
export class PartnerPageModel {
  private readonly people: PeopleModel

  constructor(private readonly page: CurrentPage) {
    this.people = new PeopleModel(page)
  }

  async open(name: string): Promise<void> {
    await this.people.open()
    await this.people
      .row(name)
      .getByRole('button', { name: `Open ${name}'s page` })
      .click()
    await expect(this.page().getByRole('heading', { level: 1, name })).toBeVisible()
  }

  /** One section of the page, by its heading ("Sessions over time", "What flowed each way", …). */
  section(name: string): Locator {
    return this.page().getByRole('region', { name, exact: true })
  }

  /** One fact under "At a glance" ("Sessions held", "Next planned session", …). */
  fact(label: string): Locator {
    return this.section('At a glance')
      .locator('dt', { hasText: label })
      .locator('xpath=following-sibling::dd')
  }

  /** The rows of the sessions-per-month table (opened first): "Month name YYYY" and the count. */
  async monthRows(): Promise<string[][]> {
    const section = this.section('Sessions over time')
    await section.getByText('Show as a table').click()
    const rows = section.getByRole('table').getByRole('row')
    await expect(rows.first()).toBeVisible()
    const all = await rows.all()
    const out: string[][] = []
    for (const row of all.slice(1))
      out.push(await row.getByRole('cell').or(row.getByRole('rowheader')).allInnerTexts())
    return out
  }

  get agenda(): Locator {
    return this.section('Prepare the next session').getByLabel('Agenda')
  }

  async copyAgenda(): Promise<void> {
    await this.section('Prepare the next session').getByRole('button', { name: 'Copy as text' }).click()
    await expect(this.section('Prepare the next session').getByRole('status')).toHaveText(/copied/)
  }

  async startSession(): Promise<void> {
    await this.section('Prepare the next session')
      .getByRole('button', { name: 'Start a session with this agenda' })
      .click()
    await expect(this.page().getByLabel('Notes')).toBeVisible()
  }
}
