import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../shared/api/channels'
import { CALL_PHRASES } from '../../../shared/api/callPhrases'

describe('every call has a phrase for its error messages', () => {
  it('lists no call without one (add it to shared/api/callPhrases.ts)', () => {
    expect(CHANNELS.filter((channel) => !CALL_PHRASES[channel])).toEqual([])
  })

  it('each phrase continues "Could not …" in plain words', () => {
    for (const phrase of Object.values(CALL_PHRASES)) expect(phrase).toMatch(/^[a-z][A-Za-z' -]+$/)
  })
})
