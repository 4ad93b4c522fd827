/** @vitest-environment node */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createNotifier, notificationBody } from '../../../electron/main/reminders/notifier'
import { Notification, resetFakeElectron } from '../tray/fakeElectron'

vi.mock('electron', () => import('../tray/fakeElectron'))

beforeEach(() => resetFakeElectron())

const note = '<img src=x onerror=alert(1)> <a href="file:///etc/passwd">click</a> & <b>bold</b>'
const reminder = { kind: 'follow-up', followUpId: 'f-1', personId: 'p-1', title: '<script>alert(1)</script>', body: note, to: '#/people/p-1' } as const

describe('OS notifications show hostile notes as typed', () => {
  it('escapes markup in the body on Linux, where notification servers render it', () => {
    expect(notificationBody(note, 'linux')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &lt;a href="file:///etc/passwd"&gt;click&lt;/a&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    )
  })

  it('leaves the body alone on macOS and Windows, which show plain text', () => {
    expect(notificationBody(note, 'darwin')).toBe(note)
    expect(notificationBody(note, 'win32')).toBe(note)
  })

  it('hands the escaped body to the Linux notification, and the title (plain text by the spec) as is', () => {
    createNotifier({ open: () => undefined, platform: 'linux' }).show([reminder])
    expect(Notification.instances.map((n) => n.options)).toEqual([{ title: '<script>alert(1)</script>', body: notificationBody(note, 'linux') }])
  })
})
