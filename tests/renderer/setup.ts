import { cleanup, configure } from '@testing-library/react'
import { notifications } from '@mantine/notifications'
import { afterEach } from 'vitest'

// Tells React this is a test environment, so state updates are checked for act() properly.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

// happy-dom 21 has no document.fonts; Mantine's autosizing Textarea listens on it.
if (!('fonts' in document) || !document.fonts) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true })
}

// findBy*/waitFor give up after this long. testing-library's 1 s default failed under load on a
// shared 2-core machine (the people list merge dialog); waiting longer costs nothing when it passes.
configure({ asyncUtilTimeout: 15_000 })

// vitest runs without globals, so testing-library cannot unmount between tests by itself.
afterEach(() => {
  cleanup()
  // Mantine keeps notifications in a module-level store: one test's must not leak into the next.
  notifications.clean()
})
