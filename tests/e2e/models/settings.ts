import { expect, type Locator } from '@playwright/test'
import { type CurrentPage, Navigation } from './app'

/** The Settings screen. */
export class SettingsModel {
  private readonly nav: Navigation

  constructor(private readonly page: CurrentPage) {
    this.nav = new Navigation(page)
  }

  async open(): Promise<void> {
    await this.nav.go('Settings')
    await expect(this.page().getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  }

  section(name: string): Locator {
    return this.page().getByRole('region', { name, exact: true })
  }

  async chooseTheme(label: 'Same as my system' | 'Light' | 'Dark'): Promise<void> {
    await this.section('Appearance')
      .getByRole('group', { name: 'Theme' })
      .getByRole('radio', { name: label })
      .check()
  }

  async chooseTextSize(percent: 100 | 125 | 150 | 175 | 200): Promise<void> {
    await this.textSize(percent).check()
  }

  textSize(percent: number): Locator {
    return this.section('Appearance')
      .getByRole('group', { name: 'Text size' })
      .getByRole('radio', { name: `${percent}%` })
  }

  get staleDays(): Locator {
    return this.section('Skills').getByLabel(/going stale after/)
  }

  /** The attributes and text size the app put on <html>. */
  async look(): Promise<{ theme: string | null; contrast: string | null; textSize: string }> {
    return this.page().evaluate(() => ({
      theme: document.documentElement.dataset.theme ?? null,
      contrast: document.documentElement.dataset.contrast ?? null,
      textSize: document.documentElement.style.getPropertyValue('--text-size'),
    }))
  }
}
