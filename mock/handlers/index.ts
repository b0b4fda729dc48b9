import { delay, http, HttpResponse } from 'msw'
import { getSharedBackend, resetSharedBackend, saveSharedBackend, type Backend } from '../db'
import { handleRequest, toErrorResponse, type MockResponse } from '../routes'
import { toMockRequest } from './to-mock-request'

/** The msw face of the fake backend: one catch-all, because routing lives in `handleRequest`. */
export const handlers = [
  http.all('*/api/v1/*', async ({ request }) => {
    let answer: MockResponse
    try {
      answer = handleRequest(getSharedBackend(), await toMockRequest(request))
      saveSharedBackend(request.method)
    } catch (error) {
      answer = toErrorResponse(error)
    }
    if (answer.holds) await holdUntilAbandoned(request.signal, answer.delayMs ?? 0)
    else if (answer.delayMs) await delay(answer.delayMs)
    if (answer.status === 204) return new HttpResponse(null, { status: 204, headers: answer.headers })
    return HttpResponse.json(answer.body as Record<string, unknown>, { status: answer.status, headers: answer.headers })
  }),
]

/** Every jest test starts from seeded personas and real time. */
export function resetMockBackend(): Backend {
  return resetSharedBackend()
}

/** For tests that move the clock or inspect state without going through HTTP. */
export function getMockBackend(): Backend {
  return getSharedBackend()
}

/** The `timeout` scenario: wait until the caller aborts or the hold runs out, whichever is first, and clear the timer either way. */
function holdUntilAbandoned(signal: AbortSignal, capMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, capMs)
    if (signal.aborted) done()
    else signal.addEventListener('abort', done)
  })
}
