import type { Backend } from '../db/backend'
import { badRequest, errorResponse } from './errors'
import type { MockResponse } from './types'

export const SCENARIOS = ['slow', 'flaky', 'down', 'malformed', 'timeout'] as const
export type Scenario = (typeof SCENARIOS)[number]

/** Comfortably above the contract's 2 s so timers that fire a little early still count as slow. */
export const SLOW_DELAY_MS = 2200

/**
 * How long `timeout` holds a request before giving up with a 504: far beyond the app's own
 * time-out (8 s), yet bounded, so an adapter that cannot see the client leave frees its timer.
 */
export const TIMEOUT_HOLD_MS = 30_000

/** One entry of the header: a scenario, for every path or for a path prefix (`down@/coupons`). */
export interface ScenarioRule {
  scenario: Scenario
  /** Relative to `/api/v1`, e.g. `/coupons`; null for every path. */
  prefix: string | null
}

const PREFIX_PATTERN = /^(\/[A-Za-z0-9._~-]+)+$/

/**
 * `X-Mock-Scenario: slow`, a comma list such as `slow, flaky`, or rules aimed at a path prefix:
 * `flaky@/me, down@/coupons`. Unknown names or bad prefixes are a 400.
 */
export function readScenarioRules(header: string | undefined): ScenarioRule[] {
  const parts = (header ?? '').split(',').map((part) => part.trim()).filter(Boolean)
  return parts.map((part) => {
    const at = part.indexOf('@')
    const name = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase()
    if (!(SCENARIOS as readonly string[]).includes(name)) {
      throw badRequest(`未知的模拟场景 ${name}，可选 ${SCENARIOS.join(' / ')}`)
    }
    if (at === -1) return { scenario: name as Scenario, prefix: null }
    const raw = part.slice(at + 1).trim().replace(/\/+$/, '')
    const prefix = raw.startsWith('/api/v1/') ? raw.slice('/api/v1'.length) : raw
    if (!PREFIX_PATTERN.test(prefix)) throw badRequest(`场景目标 ${raw || '（空）'} 无效，应为接口路径前缀，如 down@/coupons`)
    return { scenario: name as Scenario, prefix }
  })
}

/** A prefix covers whole segments: `/me` covers `/me/growth` but not `/members`. */
export function prefixCovers(prefix: string | null, path: string): boolean {
  return prefix === null || path === prefix || path.startsWith(`${prefix}/`)
}

/** The scenarios that apply to one path (relative to `/api/v1`), and the rules that brought them. */
export function scenariosFor(rules: ScenarioRule[], path: string): { scenarios: Set<Scenario>; applied: string[] } {
  const matching = rules.filter((rule) => prefixCovers(rule.prefix, path))
  return {
    scenarios: new Set(matching.map((rule) => rule.scenario)),
    applied: matching.map((rule) => (rule.prefix ? `${rule.scenario}@${rule.prefix}` : rule.scenario)),
  }
}

export function serviceUnavailable(): MockResponse {
  return errorResponse(503, 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后重试', { 'retry-after': '1' })
}

/** What a held request finally says, if anyone is still listening after TIMEOUT_HOLD_MS. */
export function neverAnswered(): MockResponse {
  return { ...errorResponse(504, 'GATEWAY_TIMEOUT', '模拟超时：服务器没有应答'), delayMs: TIMEOUT_HOLD_MS, holds: true }
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
