import { Anchor, Text } from '@mantine/core'
import { safeExternalUrl } from '../../../shared/links'

export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string }

/**
 * Only these schemes are ever looked for; `javascript:`, `data:`, `file:` and the rest
 * are never candidates, so they stay text. Not preceded by a letter, `:` or `/`, so
 * `javascript:https://…` or `xhttps://…` are not cut in two.
 */
const CANDIDATE = /(?<![\w:/.@+-])(?:https?:\/\/|mailto:)[^\s<>"'`]+/gi
const TRAILING = '.,;:!?*_~\'"'
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' }

/** "see https://x.example/a)." → "https://x.example/a": sentence punctuation and unbalanced closers are not part of a link. */
function trimTrailing(candidate: string): string {
  let end = candidate.length
  while (end > 0) {
    const last = candidate[end - 1]!
    const opener = CLOSERS[last]
    if (TRAILING.includes(last)) end--
    else if (opener && count(candidate.slice(0, end), opener) < count(candidate.slice(0, end), last)) end--
    else break
  }
  return candidate.slice(0, end)
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

/** Splits a note into plain text and links the OS browser may open (http, https, mailto, as `safeExternalUrl` decides). */
export function linkSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = []
  let plain = ''
  let from = 0
  for (const match of text.matchAll(CANDIDATE)) {
    const candidate = trimTrailing(match[0])
    const href = /:\/*$/.test(candidate) ? undefined : safeExternalUrl(candidate)
    if (!href) continue
    plain += text.slice(from, match.index)
    if (plain) segments.push({ kind: 'text', text: plain })
    plain = ''
    segments.push({ kind: 'link', text: candidate, href })
    from = match.index + candidate.length
  }
  plain += text.slice(from)
  if (plain) segments.push({ kind: 'text', text: plain })
  return segments
}

/**
 * Someone's note as text, with only http, https and mailto URLs made clickable.
 * A click opens a new window, which the desktop app denies and hands to the OS browser
 * (after parsing the URL again); the browser bridge opens a tab. Place it inside a `<Text>`.
 */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {linkSegments(text).map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <Anchor key={index} href={segment.href} target="_blank" rel="noopener noreferrer" inherit style={{ overflowWrap: 'anywhere' }}>
            {segment.text}
          </Anchor>
        ),
      )}
    </>
  )
}

/**
 * A link saved on a person (from a vCard, a LinkedIn export, or typed): clickable only for
 * http, https and mailto. Anything else shows its label and the URL as plain text.
 */
export function ExternalLink({ url, label }: { url: string; label: string }) {
  const href = safeExternalUrl(url)
  if (!href) return <Text style={{ overflowWrap: 'anywhere' }}>{label ? `${label}: ${url}` : url}</Text>
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
      {label || url}
    </Anchor>
  )
}
