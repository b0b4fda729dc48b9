import { createRequestHandler } from './handle-request'
import { shapeByScenario } from './scenario-shaping'
import { ROUTE_TABLE } from './table'

/** The whole contract and every scenario: msw (jest, H5), the HTTP server and tests answer through this. */
export const handleRequest = createRequestHandler({ routes: ROUTE_TABLE, scenarios: shapeByScenario })

export { API_BASE, createRequestHandler, observeAnswers, type AnswerObserver, type Handling, type RequestHandler } from './handle-request'
export { errorResponse, HttpError, toErrorResponse } from './errors'
export { MAX_BODY_BYTES, parseJsonText } from './raw-body'
export { SCENARIOS, SLOW_DELAY_MS, TIMEOUT_HOLD_MS, prefixCovers, readScenarioRules, type Scenario, type ScenarioRule } from './scenarios'
export { ROUTE_TABLE }
export type { MockRequest, MockResponse, Route, RouteContext } from './types'
