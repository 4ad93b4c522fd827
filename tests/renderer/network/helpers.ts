import { screen } from '@testing-library/react'
import { afterAll, beforeAll, expect } from 'vitest'
import type { NetworkEvent, Person } from '../../../shared/domain'
import { personWith } from '../../support/journalBuilder'

export const at = '2026-11-01T12:00:00.000Z'

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return personWith({ id, name, ...extra }, at)
}

export function event(id: string, title: string, extra: Partial<NetworkEvent> = {}): NetworkEvent {
  return { id, title, kind: 'chamber-mixer', createdAt: at, updatedAt: at, startsAt: '2026-11-20T18:00:00.000Z', expectedAttendeeIds: [], ...extra }
}

/** The message tied to a field through aria-describedby: what a screen reader reads with it. */
export function errorOf(field: HTMLElement): string | null | undefined {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ')
  return document.getElementById(ids.find((id) => id.includes('error')) ?? '')?.textContent
}

export function expectFieldError(field: HTMLElement, message: string) {
  expect(field.getAttribute('aria-invalid')).toBe('true')
  expect(errorOf(field)).toBe(message)
}

export const byLabel = (label: string | RegExp) => screen.getByLabelText(label)

/** A day as YYYY-MM-DD, `days` from today in the local zone. */
export function dayFromToday(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** happy-dom lays nothing out: gives every element a 1000x600 viewport, for this file's tests, so virtualizers have rows to show. */
export function withViewport() {
  const sizes = { clientHeight: 600, clientWidth: 1000, offsetHeight: 600, offsetWidth: 1000 }
  const saved = new Map<string, PropertyDescriptor | undefined>()
  beforeAll(() => {
    for (const [key, value] of Object.entries(sizes)) {
      saved.set(key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key))
      Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value })
    }
  })
  afterAll(() => {
    for (const [key, descriptor] of saved) if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor)
  })
}
