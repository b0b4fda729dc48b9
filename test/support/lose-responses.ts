import { http, HttpResponse } from 'msw'
import { getMockBackend } from '@mock/handlers'
import { toMockRequest } from '@mock/handlers/to-mock-request'
import { server } from '@mock/node'
import { handleRequest } from '@mock/routes'

/**
 * The backend handles the next `times` POSTs to `path` for real, then the app gets a dropped
 * connection (its response lost on the way back). Returns the Idempotency-Key of every try.
 */
export function loseResponses(path: string, times: number): string[] {
  const keys: string[] = []
  let left = times
  server.use(
    http.post(`*/api/v1${path}`, async ({ request }) => {
      keys.push(request.headers.get('idempotency-key') ?? '')
      if (left <= 0) return undefined
      left -= 1
      handleRequest(getMockBackend(), await toMockRequest(request))
      return HttpResponse.error()
    }),
  )
  return keys
}
