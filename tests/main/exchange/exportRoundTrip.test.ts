/** @vitest-environment node */
import { describe, expect, it } from 'vitest'
import { openService, tempJournalPath } from '../journal/helpers'

describe("Kith's own vCard export", () => {
  it('imports again when a field holds a NUL or half of a character pair', async () => {
    const source = await openService(tempJournalPath())
    await source.handlers['people:create']({ name: 'Dana\u0000 Reyes', company: 'Reyes \uD83D Co', notes: 'met at \uDE00 the fair' })
    for (const version of ['4.0', '3.0'] as const) {
      const exported = await source.handlers['export:vcard']({ version })
      const target = await openService(tempJournalPath())
      const preview = await target.handlers['import:preview']({ fileName: exported.fileName, text: exported.text })
      expect(preview.counts).toMatchObject({ new: 1, errors: 0 })
      await target.handlers['import:apply']({ previewId: preview.previewId })
      const [dana] = await target.handlers['people:list']({})
      expect(dana).toMatchObject({ name: 'Dana Reyes', company: 'Reyes  Co' })
      expect(dana!.notes[0]!.text).toBe('met at  the fair')
    }
  })
})
