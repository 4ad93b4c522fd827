import { describe, expect, it } from 'vitest'
import { journalChangedEvent, STATUS_ONLY } from '../../../electron/main/journal/journalChange'

describe('journalChangedEvent: what the window is told after a change', () => {
  it('names each top-level part the patches touched, once', () => {
    const event = journalChangedEvent({
      patches: [
        { op: 'add', path: ['followUps', 3], value: {} },
        { op: 'replace', path: ['people', 0, 'name'], value: 'Dana' },
        { op: 'replace', path: ['followUps', 1, 'status'], value: 'done' },
      ],
      inversePatches: [],
    })
    expect(event).toEqual({ type: 'journal:changed', changed: ['followUps', 'people'] })
  })

  it('names nothing (refresh everything) when only the status moved', () => {
    expect(journalChangedEvent(STATUS_ONLY)).toEqual({ type: 'journal:changed' })
  })

  it('names nothing when the whole journal was replaced (a restore, the sample)', () => {
    expect(journalChangedEvent({ patches: [{ op: 'replace', path: [], value: {} }], inversePatches: [] })).toEqual({ type: 'journal:changed' })
  })
})
