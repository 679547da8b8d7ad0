import { expect, type Locator } from '@playwright/test'
import { type CurrentPage, Navigation } from './app'

/** The Journey screen: charts with their tables, the rhythm sentences, and "A while ago". */
export class JourneyModel {
  private readonly nav: Navigation

  constructor(private readonly page: CurrentPage) {
    this.nav = new Navigation(page)
  }

  async open(): Promise<void> {
    await this.nav.go('Journey')
    await expect(this.page().getByRole('heading', { level: 1, name: 'Journey' })).toBeVisible()
  }

  get main(): Locator {
    return this.page().getByRole('main')
  }

  /** "12 sessions and 12 hours of mentoring in the last 12 months." */
  get total(): Locator {
    return this.main.locator('.journey-total')
  }

  /** A chart by its visible caption. */
  chart(caption: string): Locator {
    return this.main.getByRole('figure', { name: caption })
  }

  /** The chart's picture, whose name sums it up for a screen reader. */
  picture(caption: string): Locator {
    return this.chart(caption).getByRole('img')
  }

  /** Opens "Show as a table" under a chart and answers its table. */
  async table(caption: string): Promise<Locator> {
    const chart = this.chart(caption)
    await chart.getByText('Show as a table').click()
    const table = chart.getByRole('table')
    await expect(table).toBeVisible()
    return table
  }

  /** The cells of the row headed `heading` (a month's name), after the heading. */
  cells(table: Locator, heading: string): Locator {
    return table.getByRole('row', { name: heading }).getByRole('cell')
  }

  get rhythms(): Locator {
    return this.main.getByRole('region', { name: 'Your rhythm' }).getByRole('listitem')
  }

  /** One "A while ago" card ("A month ago"). */
  whileAgo(heading: string): Locator {
    return this.main
      .getByRole('listitem')
      .filter({ has: this.page().getByRole('heading', { name: heading }) })
  }

  async choosePerson(name: string): Promise<void> {
    await this.main.getByLabel('Person').selectOption({ label: name })
  }

  async choosePeriod(label: 'The last 12 months' | 'The whole journal'): Promise<void> {
    await this.main.getByLabel('Period').selectOption({ label })
  }
}
