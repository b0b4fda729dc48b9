import type { Backend } from '../db/backend'
import { badRequest, errorResponse } from './errors'
import type { MockResponse } from './types'

export const SCENARIOS = ['slow', 'flaky', 'down', 'malformed'] as const
export type Scenario = (typeof SCENARIOS)[number]

/** Comfortably above the contract's 2 s so timers that fire a little early still count as slow. */
export const SLOW_DELAY_MS = 2200

/** `X-Mock-Scenario: slow` or a comma list such as `slow, flaky`; unknown names are a 400. */
export function readScenarios(header: string | undefined): Set<Scenario> {
  const names = (header ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean)
  for (const name of names) {
    if (!(SCENARIOS as readonly string[]).includes(name)) {
      throw badRequest(`未知的模拟场景 ${name}，可选 ${SCENARIOS.join(' / ')}`)
    }
  }
  return new Set(names as Scenario[])
}

export function serviceUnavailable(): MockResponse {
  return errorResponse(503, 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后重试', { 'retry-after': '1' })
}

/**
 * Decides before a route runs whether the request fails outright, so a failed request never
 * changes state and a retry is always safe. `flaky` counts per member: testers sharing one
 * server each see exactly every third of their own requests fail.
 */
export function failsBeforeHandling(backend: Backend, memberKey: string, scenarios: Set<Scenario>): boolean {
  if (scenarios.has('down')) return true
  if (!scenarios.has('flaky')) return false
  const count = (backend.scenarioCounters.get(memberKey) ?? 0) + 1
  backend.scenarioCounters.set(memberKey, count)
  return count % 3 === 0
}
