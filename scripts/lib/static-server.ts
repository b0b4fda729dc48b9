// A tiny static server for the built H5 site (dist/h5): correct MIME types (the msw service worker
// only registers when served as JavaScript), SPA fallback to index.html, and a Service-Worker-Allowed
// header so a worker at any path may control the whole origin.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createReadStream, promises as fs } from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

async function fileAt(root: string, urlPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const candidate = path.join(root, path.normalize(decoded))
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null // no escaping the root
  try {
    const stat = await fs.stat(candidate)
    if (stat.isFile()) return candidate
    if (stat.isDirectory()) {
      const index = path.join(candidate, 'index.html')
      if ((await fs.stat(index).catch(() => null))?.isFile()) return index
    }
  } catch {
    // not found: fall through
  }
  return null
}

export interface StaticServerOptions {
  /** Forward `/api/…` to this origin (e.g. the HTTP fake backend), so the site and its API share one origin. */
  apiOrigin?: string
  /** Where to listen: loopback unless `npm start -- --lan` asks for every interface (0.0.0.0). */
  host?: string
}

/** Passes one request through to `origin` and its answer back, untouched. */
function proxy(origin: string, req: IncomingMessage, res: ServerResponse): void {
  const target = new URL(req.url ?? '/', origin)
  const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(res)
  })
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('upstream unavailable')
  })
  req.pipe(upstream)
}

export async function startStaticServer(rootDir: string, port = 0, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(rootDir)
  const fallback = path.join(root, 'index.html')
  const server: Server = createServer(async (req, res) => {
    if (options.apiOrigin && (req.url ?? '').startsWith('/api/')) {
      proxy(options.apiOrigin, req, res)
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    let file = await fileAt(root, pathname)
    // SPA fallback: unknown paths without an extension get the app shell; missing assets get 404.
    if (!file && !path.extname(pathname)) file = fallback
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`)
      return
    }
    const stat = await fs.stat(file).catch(() => null)
    if (!stat) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
      'Service-Worker-Allowed': '/',
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, options.host ?? '127.0.0.1', () => resolve())
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    // Even when listening on every interface, this machine reaches it on loopback.
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      }),
  }
}
