const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** A URL the OS may open: only http, https and mailto. Anything else stays text. */
export function safeExternalUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2_000) return undefined
  try {
    const url = new URL(value.trim())
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}
