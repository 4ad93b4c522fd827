import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { timingSafeEqual, randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { Handlers } from '../../shared/api/contract'
import type { PushEvent } from '../../shared/api/channels'
import { dispatch } from '../main/journal/api/dispatch'
import { MAX_MESSAGE_BYTES } from '../main/journal/api/limits'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
}

export type BridgeOptions = {
  handlers: Handlers
  /** The built renderer (out/renderer). */
  rendererDir: string
  port?: number
  token?: string
}

export type Bridge = {
  url: string
  port: number
  token: string
  push(event: PushEvent): void
  close(): Promise<void>
}

/**
 * Serves the built renderer and the API contract on 127.0.0.1 only, so the real app
 * runs in a plain browser: same dispatch (parse, then handler) as IPC; only the
 * transport differs. The per-run token stands in for IPC's sender check.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const root = resolve(options.rendererDir)
  const streams = new Set<ServerResponse>()
  let port = 0

  const tokenMatches = (given: string | null | undefined) => {
    if (!given) return false
    const a = Buffer.from(given)
    const b = Buffer.from(token)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => sendJson(res, 500, { ok: false, error: { message: `The bridge failed: ${(error as Error).message}` } }))
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // A page on another site that resolves its own name to 127.0.0.1 must not reach us (DNS rebinding).
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return sendJson(res, 403, refused('Unknown host.'))
    // Node keeps only the first Host header: a second one could name another site to a proxy in between.
    if (hostHeaderCount(req) !== 1) return sendJson(res, 400, refused('A request must carry exactly one Host header.'))
    const url = new URL(req.url ?? '/', `http://${host}`)
    const pathname = decodePath(url.pathname)
    if (pathname === undefined) return sendJson(res, 400, refused('The address holds a malformed % escape.'))

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET' || !tokenMatches(url.searchParams.get('token'))) return sendJson(res, 403, refused('Missing or wrong token.'))
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      res.write(': connected\n\n')
      streams.add(res)
      req.on('close', () => streams.delete(res))
      return
    }

    if (url.pathname.startsWith('/api/')) {
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
      if (!tokenMatches(bearer)) return sendJson(res, 403, refused('Missing or wrong token.'))
      if (req.method !== 'POST') return sendJson(res, 405, refused('Calls are POST requests.'))
      const body = await readBody(req)
      if (body === 'too-large') return sendJson(res, 413, refused(`The message is larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MB, so Kith refused it.`))
      let input: unknown
      try {
        input = body.length ? JSON.parse(body) : {}
      } catch {
        return sendJson(res, 400, refused('The message is not valid JSON.'))
      }
      const envelope = await dispatch(pathname.slice('/api/'.length), input, options.handlers)
      return sendJson(res, envelope.ok ? 200 : 400, envelope)
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, refused('Only GET serves files.'))
    return serveFile(pathname, res)
  }

  /** `pathname` is already decoded. */
  async function serveFile(pathname: string, res: ServerResponse) {
    const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^([/\\])+/, '')
    const file = resolve(join(root, relative))
    if (file !== root && !file.startsWith(root + sep)) return sendJson(res, 403, refused('Outside the app.'))
    try {
      const data = await readFile(file)
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      res.end(data)
    } catch {
      sendJson(res, 404, refused('Not found.'))
    }
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    push(event) {
      const frame = `data: ${JSON.stringify(event)}\n\n`
      for (const stream of streams) stream.write(frame)
    },
    close: () =>
      new Promise<void>((done) => {
        for (const stream of streams) stream.end()
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

/** The decoded path, or undefined for a malformed % escape (decodeURIComponent throws on it). */
function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return undefined
  }
}

function hostHeaderCount(req: IncomingMessage): number {
  let count = 0
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') count++
  return count
}

function refused(message: string) {
  return { ok: false, error: { message } }
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return res.end()
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_MESSAGE_BYTES) {
        // Stop keeping the bytes but drain the socket, so the 413 still reaches the caller.
        req.removeAllListeners('data')
        req.resume()
        resolveBody('too-large')
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
