import { describe, expect, it } from 'vitest'
import { CALL_NAMES } from '../../../shared/api/callNames'
import { CHANNELS } from '../../../shared/api/contract'

describe("the page's list of call names", () => {
  it('is exactly the contract’s calls, in order (add a call there, then here)', () => {
    expect([...CALL_NAMES]).toEqual([...CHANNELS])
  })
})
