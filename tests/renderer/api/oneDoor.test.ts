import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The lint rule that keeps `window.kith` behind renderer/src/api/, run on the project's own config. */
describe('the one door to window.kith', () => {
  const eslint = new ESLint({ cwd: process.cwd() })
  const door = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath })
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-properties').map((m) => m.message)
  }
  const reaching = ['export const list = () => window.kith.people.list({})', 'export const { kith } = window', 'export const api = globalThis.kith']

  it('reports a page or component that reaches window.kith', async () => {
    for (const code of reaching) {
      expect(await door('renderer/src/pages/SomePage.tsx', code), code).toEqual([expect.stringMatching(/Only renderer\/src\/api\/ may touch window\.kith/)])
      expect(await door('renderer/src/components/network/Some.tsx', code), code).toHaveLength(1)
    }
  })

  it('lets renderer/src/api/ through', async () => {
    for (const code of reaching) expect(await door('renderer/src/api/getKith.ts', code), code).toEqual([])
  })
})
