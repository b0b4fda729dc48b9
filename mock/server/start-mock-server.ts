import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createBackend, type Backend } from '../db'
import { handleRequest, parseJsonText, toErrorResponse, type MockResponse } from '../routes'
import { parseRequestUrl } from '../weapp/parse-url'
import { corsHeaders } from './cors'
import { readRequestBody } from './read-request-body'

export interface MockServerOptions {
  port?: number
  host?: string
  backend?: Backend
  /** Whom requests naming no persona see (default `active`): the bench serves a member build, which sends none. */
  persona?: string
}

export interface RunningMockServer {
  url: string
  backend: Backend
  /** Changes whom requests naming no persona see (the bench: one member build, two personas). */
  setDefaultPersona(id: string | undefined): void
  close(): Promise<void>
}

/** The fake backend over real HTTP; port 0 picks a free one (tests). */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const backend = options.backend ?? createBackend()
  const host = options.host ?? '127.0.0.1'
  let persona = options.persona
  const server = createServer((req, res) => {
    void serve(backend, req, res, persona)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 3100, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    backend,
    setDefaultPersona: (id) => {
      persona = id
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

async function serve(backend: Backend, req: IncomingMessage, res: ServerResponse, persona?: string): Promise<void> {
  const cors = corsHeaders(req)
  // Every answer says the server's time, preflights included: the backend's clock (moved by
  // POST /mock/clock), as the app aligns its own clock on it.
  const date = { date: new Date(backend.now()).toUTCString() }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...cors, ...date }).end()
    return
  }
  let answer: MockResponse
  try {
    const { path, query } = parseRequestUrl(req.url ?? '/')
    const headers: Record<string, string> = {}
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value
    }
    if (persona && headers['x-persona'] === undefined) headers['x-persona'] = persona
    const text = await readRequestBody(req)
    answer = handleRequest(backend, { method: req.method ?? 'GET', path, query, headers, body: parseJsonText(text) })
  } catch (error) {
    answer = toErrorResponse(error)
  }
  if (answer.holds) {
    // `timeout`: keep the socket open until the client gives up (or the hold runs out).
    const gone = await holdUntilClosed(res, answer.delayMs ?? 0)
    if (gone) return
  } else if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
  const payload = answer.status === 204 ? '' : JSON.stringify(answer.body)
  res.writeHead(answer.status, {
    ...cors,
    ...date,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...answer.headers,
  })
  res.end(payload)
}

/** True when the client closed the connection first; the timer is cleared either way. */
function holdUntilClosed(res: ServerResponse, capMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer)
      resolve(true)
    }
    const timer = setTimeout(() => {
      res.off('close', onClose)
      resolve(false)
    }, capMs)
    res.once('close', onClose)
  })
}
