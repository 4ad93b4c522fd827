/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../shared/api/channels'
import { contract } from '../../../shared/api/contract'
import { dispatch } from '../../../electron/main/journal/api/dispatch'
import { registerHandlers } from '../../../electron/main/journal/handlers/registry'
import { ServiceError } from '../../../electron/main/journal/serviceError'
import type { Handlers } from '../../../shared/api/contract'

const everyCall = () => Object.fromEntries(CHANNELS.map((channel) => [channel, () => channel]))

describe('registering the handlers', () => {
  it('takes each domain once and gives one handler per call of the contract', () => {
    const { 'people:create': create, ...rest } = everyCall()
    const handlers = registerHandlers({ 'people:create': create }, rest)
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
  })

  it('refuses a call handled by two domains', () => {
    expect(() => registerHandlers(everyCall(), { 'people:get': () => undefined })).toThrow('The call people:get has two handlers.')
  })

  it('refuses a handler for a call the contract does not declare', () => {
    expect(() => registerHandlers(everyCall(), { 'people:teleport': () => undefined })).toThrow(
      'There is a handler for people:teleport, which the contract does not declare.',
    )
  })

  it('names every call left without a handler', () => {
    const { 'events:get': _get, 'trash:list': _list, ...rest } = everyCall()
    expect(() => registerHandlers(rest)).toThrow('No handler for events:get, trash:list.')
  })
})

describe('the contract', () => {
  it('declares each call once, with the phrase its errors read', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length)
    expect(contract['people:create'].phrase).toBe('add the person')
  })
})

describe('a handler error reaches the page as a sentence with its field', () => {
  const failing = (error: Error) => ({ ...everyCall(), 'people:get': () => Promise.reject(error) }) as unknown as Handlers

  it('sends the field a ServiceError names', async () => {
    const answer = await dispatch('people:get', { id: 'p1' }, failing(ServiceError.about('metOn', 'that day is in the future. Pick today or an earlier day.')))
    expect(answer).toEqual({ ok: false, error: { message: 'metOn: that day is in the future. Pick today or an earlier day.', field: 'metOn' } })
    // Plain data: it crosses IPC and the bridge as it is.
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer)
  })

  it('reads no field out of the words of any other error', async () => {
    const answer = await dispatch('people:get', { id: 'p1' }, failing(new Error('name: looks like a field, is not one')))
    expect(answer).toEqual({ ok: false, error: { message: 'name: looks like a field, is not one' } })
  })
})
