import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { findElectronBinary } from '../../../scripts/electron-binary.mjs'

export type RuntimeChoice =
  | { kind: 'electron'; binary: string }
  | { kind: 'chromium'; executablePath: string }

/**
 * Real Electron where its binary is installed (and a display exists); otherwise Chromium with the real
 * main process wired in. TANDEM_E2E_RUNTIME=electron|chromium forces one. No runtime at all is an error,
 * never a skip.
 */
export function selectRuntime(env: Record<string, string | undefined> = process.env): RuntimeChoice {
  const forced = env.TANDEM_E2E_RUNTIME
  const electron = findElectronBinary()
  const headlessLinux = process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY
  if (forced === 'electron' || (forced === undefined && electron !== null && !headlessLinux)) {
    if (electron === null) {
      throw new Error(
        'TANDEM_E2E_RUNTIME=electron, but the Electron binary is not installed (run npm install where it can be downloaded).',
      )
    }
    return { kind: 'electron', binary: electron }
  }
  const executablePath = findChromium(env)
  if (!executablePath) {
    throw new Error(
      'No runtime for the end-to-end specs: the Electron binary is not installed and no Chromium was found. Install Debian chromium (apt-get install -y chromium) or set TANDEM_CHROMIUM.',
    )
  }
  return { kind: 'chromium', executablePath }
}

/** A Chromium to run: TANDEM_CHROMIUM, Debian's, or Playwright's own; undefined when there is none. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = [
    env.TANDEM_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    safeBundledChromium(),
  ]
  return candidates.find((path): path is string => typeof path === 'string' && existsSync(path))
}

function safeBundledChromium(): string | undefined {
  try {
    return chromium.executablePath()
  } catch {
    return undefined
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
