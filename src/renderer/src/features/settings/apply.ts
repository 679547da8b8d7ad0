import { useEffect } from 'react'
import type { DeviceSettings } from '../../../../shared/domain/settings'
import { useSettings } from './queries'

/**
 * Puts this computer's look on the document: `data-theme` (light/dark, absent for the system's),
 * `data-contrast="high"`, `data-reduce-motion`, and the text size as `--text-size` on the root, which
 * every rem in the styles follows.
 */
export function applyDeviceSettings(root: HTMLElement, device: DeviceSettings): void {
  if (device.theme === 'system') delete root.dataset.theme
  else root.dataset.theme = device.theme
  if (device.highContrast) root.dataset.contrast = 'high'
  else delete root.dataset.contrast
  if (device.reduceMotion) root.dataset.reduceMotion = 'true'
  else delete root.dataset.reduceMotion
  root.style.setProperty('--text-size', `${device.textSize}%`)
}

export function useApplyDeviceSettings(): void {
  const { data } = useSettings()
  useEffect(() => {
    if (data) applyDeviceSettings(document.documentElement, data.device)
  }, [data])
}
