import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// happy-dom 21 has no document.fonts; Mantine's autosizing Textarea listens on it.
if (!('fonts' in document) || !document.fonts) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true })
}

// vitest runs without globals, so testing-library cannot unmount between tests by itself.
afterEach(() => {
  cleanup()
})
