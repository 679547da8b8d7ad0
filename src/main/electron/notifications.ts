import { app, type BrowserWindow, Notification } from 'electron'
import { APP_COMMAND_EVENT, type AppCommand } from '../../shared/contract/commands'
import type { Ports, SystemNotification } from '../context'

export interface NotificationWindows {
  /** The main window, if one is open. */
  main(): BrowserWindow | null
  /** Opens the main window again (macOS keeps running with none). */
  open(): BrowserWindow
}

/**
 * Reminders as the system's notifications. A click brings the main window forward and tells the page
 * to open the reminder's screen, with the same typed command the menu sends. Where the system has no
 * notifications, reminders are quietly not shown.
 */
export function notificationsPort(windows: NotificationWindows): Required<Pick<Ports, 'notify'>> {
  // Windows shows notifications only for an app with an id (the installer's; this one in development).
  if (process.platform === 'win32') app.setAppUserModelId('app.tandem.journal')
  // Held until clicked or closed: a notification nothing refers to may be collected, and its click lost.
  const live = new Set<Notification>()
  return {
    notify(reminder: SystemNotification) {
      if (!Notification.isSupported()) return
      const notification = new Notification({ title: reminder.title, body: reminder.body })
      live.add(notification)
      notification.on('click', () => {
        live.delete(notification)
        openScreen(windows, { kind: 'go', screen: reminder.screen })
      })
      notification.on('close', () => live.delete(notification))
      notification.show()
    },
  }
}

function openScreen(windows: NotificationWindows, command: AppCommand): void {
  const existing = windows.main()
  if (!existing || existing.isDestroyed()) {
    const win = windows.open()
    // A new page hears commands only once it has loaded.
    win.webContents.once('did-finish-load', () => win.webContents.send(APP_COMMAND_EVENT, command))
    return
  }
  if (existing.isMinimized()) existing.restore()
  existing.show()
  existing.focus()
  existing.webContents.send(APP_COMMAND_EVENT, command)
}
