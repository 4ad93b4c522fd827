import { MantineProvider, Text } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ExternalLink, LinkifiedText, linkSegments } from '../../../renderer/src/components/LinkifiedText'
import { theme } from '../../../renderer/src/theme'

function renderNote(text: string) {
  return render(
    <MantineProvider theme={theme} env="test">
      <Text data-testid="note">
        <LinkifiedText text={text} />
      </Text>
    </MantineProvider>,
  )
}

const note = () => screen.getByTestId('note')
const links = () => Array.from(note().querySelectorAll('a'))

describe('links in notes', () => {
  it('turns http, https and mailto URLs into links that open outside the app', () => {
    renderNote('Slides at https://example.com/talk, blog http://dana.example/post and mail mailto:dana@example.com.')
    expect(links().map((a) => a.getAttribute('href'))).toEqual(['https://example.com/talk', 'http://dana.example/post', 'mailto:dana@example.com'])
    for (const a of links()) {
      expect(a.getAttribute('target')).toBe('_blank')
      expect(a.getAttribute('rel')).toBe('noopener noreferrer')
    }
    // The note still reads as the user wrote it, punctuation included.
    expect(note().textContent).toBe('Slides at https://example.com/talk, blog http://dana.example/post and mail mailto:dana@example.com.')
    expect(screen.getByRole('link', { name: 'https://example.com/talk' })).toBeTruthy()
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    '[click](javascript:alert(1))',
    '[pic](data:image/svg+xml,<svg onload=alert(1)>)',
    'javascript:https://example.com/%0Aalert(1)',
    '<a href="javascript:alert(1)">x</a>',
    'https://',
    'mailto:',
  ])('leaves %s as plain text', (text) => {
    renderNote(text)
    expect(links()).toEqual([])
    expect(note().textContent).toBe(text)
  })

  it('shows markup as the characters typed, never as elements', () => {
    const text = "<img src=x onerror=alert(1)> <script>alert(1)</script> \"><svg onload=alert(1)> {{constructor.constructor('alert(1)')()}}"
    renderNote(text)
    expect(note().querySelector('img, script, svg')).toBeNull()
    expect(note().textContent).toBe(text)
  })

  it('links only the safe URL of a Markdown link, keeping the brackets as text', () => {
    renderNote('[deck](https://example.com/deck) and [bad](javascript:alert(1))')
    expect(links().map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['https://example.com/deck', 'https://example.com/deck']])
    expect(note().textContent).toBe('[deck](https://example.com/deck) and [bad](javascript:alert(1))')
  })

  it('keeps a quote or an angle bracket from escaping the link', () => {
    renderNote('https://example.com/a"onmouseover="alert(1) and https://example.com/b<img src=x>')
    expect(links().map((a) => a.getAttribute('href'))).toEqual(['https://example.com/a', 'https://example.com/b'])
    expect(note().querySelector('img')).toBeNull()
    for (const a of links()) expect(a.getAttributeNames().filter((name) => /^on/i.test(name))).toEqual([])
  })
})

describe('linkSegments', () => {
  it('leaves sentence punctuation and unbalanced brackets outside the link', () => {
    expect(linkSegments('(see https://en.example/wiki/Foo_(bar)).')).toEqual([
      { kind: 'text', text: '(see ' },
      { kind: 'link', text: 'https://en.example/wiki/Foo_(bar)', href: 'https://en.example/wiki/Foo_(bar)' },
      { kind: 'text', text: ').' },
    ])
  })

  it('links uppercase schemes, with the href the URL parser normalised', () => {
    expect(linkSegments('HTTPS://Example.COM/Path')).toEqual([{ kind: 'link', text: 'HTTPS://Example.COM/Path', href: 'https://example.com/Path' }])
  })

  it('gives back plain text untouched, and nothing for an empty note', () => {
    expect(linkSegments('Met at the BBQ; call after 5pm.')).toEqual([{ kind: 'text', text: 'Met at the BBQ; call after 5pm.' }])
    expect(linkSegments('')).toEqual([])
  })

  it('never loses or reorders a character, whatever the note holds', () => {
    const samples = [
      'a https://x.example b mailto:y@z.example c',
      'https://a.example https://b.example',
      'x:https://no.example',
      'http://[::1]/ ok',
      '😀 https://emoji.example/😀 done',
    ]
    for (const text of samples)
      expect(
        linkSegments(text)
          .map((s) => s.text)
          .join(''),
      ).toBe(text)
  })
})

describe("a person's saved links", () => {
  function renderLink(url: string, label: string) {
    return render(
      <MantineProvider theme={theme} env="test">
        <div data-testid="note">
          <ExternalLink url={url} label={label} />
        </div>
      </MantineProvider>,
    )
  }

  it('opens an https link outside the app, under its label', () => {
    renderLink(' https://example.com/deck ', 'Deck')
    const link = screen.getByRole('link', { name: 'Deck' })
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual([
      'https://example.com/deck',
      '_blank',
      'noopener noreferrer',
    ])
  })

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)', 'not a url'])(
    'shows %s as text, never as a link',
    (url) => {
      renderLink(url, '<img src=x onerror=alert(1)>')
      expect(links()).toEqual([])
      expect(note().querySelector('img, script')).toBeNull()
      expect(note().textContent).toBe(`<img src=x onerror=alert(1)>: ${url}`)
    },
  )
})
