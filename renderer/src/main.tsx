import { getKith } from './api/getKith'
import { createKithClient } from './api/client'
import { prefetchFirstScreen } from './api/prefetch'

// This entry is kept tiny on purpose: it asks the journal for the first screen's data at
// once, while the browser is still fetching and compiling the app (React, Mantine, pages),
// so the calls and the code load side by side instead of one after the other.
const kith = getKith()
const client = createKithClient(kith)
prefetchFirstScreen(client, window.location.hash)
const root = document.getElementById('root')!
import('./App').then(
  ({ mountApp }) => mountApp(root, kith, client),
  () => {
    root.textContent = 'Kith could not load its screens. Close this window and open Kith again.'
  },
)
