import { parseJsonText, type MockRequest } from '../routes'

/** A fetch `Request` as the fake backend sees it. Throws HttpError(400) for a body that is not JSON. */
export async function toMockRequest(request: Request): Promise<MockRequest> {
  const url = new URL(request.url)
  const query: Record<string, string> = {}
  url.searchParams.forEach((value, key) => {
    query[key] = value
  })
  const headers: Record<string, string> = {}
  request.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value
  })
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  return {
    method: request.method,
    path: url.pathname,
    query,
    headers,
    body: hasBody ? parseJsonText(await request.text()) : undefined,
  }
}
