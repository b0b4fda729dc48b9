import type { Backend } from '../db/backend'
import { breakSchema } from './break-schema'
import { failsBeforeHandling, neverAnswered, readScenarioRules, scenariosFor, serviceUnavailable, SLOW_DELAY_MS } from './scenarios'
import type { MockRequest, MockResponse } from './types'

/** What `X-Mock-Scenario` does to one request: an answer instead of the route's, and a change to whatever is answered. */
export interface Shaped {
  instead: MockResponse | null
  shape: (response: MockResponse) => MockResponse
}

export type ScenarioShaping = (backend: Backend, req: MockRequest, path: string, memberKey: string) => Shaped

/** The scenarios of `routes/scenarios.ts` applied to one request (path relative to `/api/v1`). */
export const shapeByScenario: ScenarioShaping = (backend, req, path, memberKey) => {
  const { scenarios, applied } = scenariosFor(readScenarioRules(req.headers['x-mock-scenario']), path)
  const slow = scenarios.has('slow')
  // Says which rules hit this path, so the tester console's request log can show why it failed.
  const mark = (res: MockResponse): MockResponse =>
    applied.length > 0 ? { ...res, headers: { ...res.headers, 'x-mock-applied': applied.join(',') } } : res
  // A held request never reaches its route: the client gave up, so nothing may have changed.
  if (scenarios.has('timeout')) return { instead: mark(neverAnswered()), shape: mark }
  if (failsBeforeHandling(backend, memberKey, scenarios)) return { instead: mark(withDelay(serviceUnavailable(), slow)), shape: mark }
  return {
    instead: null,
    shape: (response) => {
      const broken =
        scenarios.has('malformed') && response.status >= 200 && response.status < 300 ? { ...response, body: breakSchema(response.body) } : response
      return mark(withDelay(broken, slow))
    },
  }
}

function withDelay(response: MockResponse, slow: boolean): MockResponse {
  return slow ? { ...response, delayMs: Math.max(response.delayMs ?? 0, SLOW_DELAY_MS) } : response
}
