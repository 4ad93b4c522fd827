import { resolve } from 'node:path'
import type { HtmlTagDescriptor, Plugin } from 'vite'

type Chunk = { type: 'chunk'; fileName: string; isEntry: boolean; facadeModuleId?: string | null; imports: string[] }

/**
 * The renderer's entry (renderer/src/main.tsx) is tiny and imports the app with `import()`, so
 * it can ask for the first screen's data before the app's code has loaded. This plugin
 * lists the app's chunks in index.html, so the browser starts fetching them while it reads
 * the HTML instead of only once the entry has run. (The app's stylesheet is left to the
 * entry's `import()`: a preload of it was fetched a second time when the import asked for it.)
 */
export function preloadApp(appModule: string): Plugin {
  return {
    name: 'kith:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle ?? {}
        const chunks = Object.values(bundle).filter((item): item is typeof item & Chunk => item.type === 'chunk')
        const app = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(appModule))
        if (!app) throw new Error(`preloadApp: no chunk for ${appModule}; did main.tsx stop importing it?`)
        // The entry's own imports are listed by Vite already.
        const entry = chunks.find((chunk) => chunk.isEntry && chunk !== app)
        const listed = new Set(entry?.imports ?? [])
        const scripts = new Set<string>()
        const visit = (chunk: Chunk) => {
          if (scripts.has(chunk.fileName)) return
          // The entry is the page's own <script>; the app imports a few small helpers from it.
          if (!chunk.isEntry && !listed.has(chunk.fileName)) scripts.add(chunk.fileName)
          for (const name of chunk.imports) {
            const imported = bundle[name]
            if (imported?.type === 'chunk') visit(imported as typeof imported & Chunk)
          }
        }
        visit(app)
        return [...scripts].map((href): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` },
          injectTo: 'head',
        }))
      },
    },
  }
}

type ChunkingContext = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }

/**
 * A `codeSplitting` group's `name`: every module the app loads at start that a lazily loaded
 * page also uses goes into one chunk, "app-shared". Left alone, the bundler makes a dozen
 * small chunks of them, and the browser's six connections to the bridge queue them up
 * ahead of the first screen's calls.
 */
export function appSharedChunk(appModule: string, entryModule: string): (id: string, context: ChunkingContext) => string | null {
  let shared: Set<string> | undefined
  const reach = (from: string, context: ChunkingContext) => {
    const seen = new Set<string>()
    const queue = [from]
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      if (seen.has(next)) continue
      seen.add(next)
      queue.push(...(context.getModuleInfo(next)?.importedIds ?? []))
    }
    return seen
  }
  return (id, context) => {
    if (!shared) {
      // What the tiny entry itself needs stays with the entry, so it can run before the app arrives.
      const entry = reach(resolve(entryModule), context)
      shared = new Set([...reach(resolve(appModule), context)].filter((module) => !entry.has(module)))
    }
    return shared.has(id) ? 'app-shared' : null
  }
}
