import { shell } from 'electron'
import { safeExternalUrl } from '../../../shared/links'

/**
 * The one place Kith hands a URL to the operating system. The URL is parsed again
 * here, whoever the caller, so only http, https and mailto ever leave the app.
 */
export function openInBrowser(url: string): void {
  const safe = safeExternalUrl(url)
  if (safe) void shell.openExternal(safe)
}
