import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * An Electron download mirror on loopback (Electron's installer honours ELECTRON_MIRROR),
 * serving one release's zip and its SHASUMS256.txt, and recording what was asked for.
 */
export async function startMirror(version: string, fileName: string, zip: Buffer): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const sums = `${createHash('sha256').update(zip).digest('hex')} *${fileName}\n`
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '')
    if (request.url === `/v${version}/${fileName}`) response.end(zip)
    else if (request.url === `/v${version}/SHASUMS256.txt`) response.end(sums)
    else response.writeHead(404).end()
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((closed) => server.close(() => closed())) }
}

/** A loopback address where nothing listens: what "no network" looks like to a download. */
export async function closedAddress(): Promise<string> {
  const server = createServer()
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  await new Promise((closed) => server.close(closed))
  return `http://127.0.0.1:${port}/`
}
