import type { Session } from 'electron'

/**
 * Kith needs no camera, microphone, location, notifications-from-the-page, USB, HID
 * or serial access: every request and every check is answered no.
 */
export function refusePermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
