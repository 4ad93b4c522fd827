import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { render } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { CHANNELS, type Channel, type PushEvent } from '../../shared/api/channels'
import { buildKithApi, type KithApi } from '../../shared/api/kithApi'
import { packTimeline } from '../../shared/api/packedTimeline'
import { KithProvider } from '../../renderer/src/api/KithContext'
import { theme } from '../../renderer/src/theme'

type Handler = (input: unknown) => unknown

/** Answers for calls a page makes on the side (lists start empty); tests override what they look at. */
const DEFAULTS: Partial<Record<Channel, Handler>> = {
  'people:list': () => [],
  'events:list': () => [],
  'interactions:list': () => [],
  'referrals:list': () => [],
  'followups:list': () => [],
  'followups:suggested': () => ({ total: 0, suggestions: [] }),
  'timeline:get': () => ({ lanes: [], start: '2026-11-29T12:00:00.000Z', end: '2026-11-29T12:00:00.000Z' }),
  'timeline:packed': () => packTimeline({ lanes: [], start: '2026-11-29T12:00:00.000Z', end: '2026-11-29T12:00:00.000Z' }),
  'people:overview': () => ({ rows: [], tags: [], companies: [] }),
}

export type FakeKith = {
  api: KithApi
  calls: { channel: Channel; input: unknown }[]
  callsTo(channel: Channel): unknown[]
  push(event: PushEvent): void
}

/** A `KithApi` built from the real channel list, answering from plain functions and recording every call. */
export function fakeKith(handlers: Partial<Record<Channel, Handler>> = {}): FakeKith {
  const calls: FakeKith['calls'] = []
  const listeners = new Set<(event: PushEvent) => void>()
  const api = buildKithApi(
    CHANNELS,
    async (channel, input) => {
      calls.push({ channel, input })
      const handler = handlers[channel] ?? DEFAULTS[channel]
      if (!handler) throw new Error(`The test did not expect a call to ${channel}.`)
      return handler(input)
    },
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  )
  return {
    api,
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
    push: (event) => listeners.forEach((listener) => listener(event)),
  }
}

/** `client`: the query cache the boot code filled (see prefetch.ts); otherwise a fresh one per render. */
export function renderWithKith(ui: ReactNode, kith: FakeKith, route = '/', client?: QueryClient) {
  return render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <KithProvider api={kith.api} client={client}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </KithProvider>
    </MantineProvider>,
  )
}
