import { type App, type Session, shell, type WebContents } from 'electron'
import { toExternalUrl } from '../../shared/external-links'
import { isAppUrl } from './urls'

/** Every web contents: no new windows, no navigation away, no webviews; links go to the browser after the allow-list. */
export function hardenWebContents(app: App, appOrigin: () => string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      const external = toExternalUrl(url)
      if (external) void shell.openExternal(external)
      return { action: 'deny' }
    })
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appOrigin())) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appOrigin())) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

/** Tandem asks for no permission (camera, notifications, ...), so every request is refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
