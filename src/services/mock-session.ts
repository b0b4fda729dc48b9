import Taro from '@tarojs/taro'

/**
 * Which persona and scenario the fake backend should play. Persona is remembered across
 * launches; a scenario lasts for this session only, so a tester never gets stuck "down".
 */
export type Scenario = 'slow' | 'flaky' | 'down' | 'malformed' | 'timeout'
export const SCENARIOS: readonly Scenario[] = ['slow', 'flaky', 'down', 'malformed', 'timeout']
/**
 * What the session sends as `X-Mock-Scenario`: scenarios, each for every path or aimed at a path
 * prefix, e.g. `down`, `down@/coupons` or `flaky@/me,down@/coupons`.
 */
export type ScenarioSpec = string
const RULE_PATTERN = /^(slow|flaky|down|malformed|timeout)(@(\/[A-Za-z0-9._~-]+)+)?$/

const PERSONA_KEY = 'mock.persona'
const PERSONA_PATTERN = /^[a-z][a-z-]{1,30}(~([1-9]\d{0,2}))?$/

let persona: string | null = null
let scenario: ScenarioSpec | null = null
const listeners = new Set<() => void>()

export function isPersonaId(value: unknown): value is string {
  return typeof value === 'string' && PERSONA_PATTERN.test(value)
}

/** A comma list of known scenarios, each optionally `@/path-prefix`; anything else is never sent. */
export function isScenario(value: unknown): value is ScenarioSpec {
  if (typeof value !== 'string' || value.length > 200) return false
  const rules = value.split(',').map((rule) => rule.trim())
  return rules.length > 0 && rules.every((rule) => RULE_PATTERN.test(rule))
}

/** Always null in member builds (MOCK=off): there the body, storage key included, compiles away. */
export function getPersona(): string | null {
  if (__MOCK__ && persona === null) {
    try {
      const stored: unknown = Taro.getStorageSync(PERSONA_KEY)
      persona = isPersonaId(stored) ? stored : null
    } catch {
      persona = null
    }
  }
  return persona
}

export function setPersona(id: string | null): void {
  const previous = getPersona()
  persona = id && isPersonaId(id) ? id : null
  try {
    if (persona) Taro.setStorageSync(PERSONA_KEY, persona)
    else Taro.removeStorageSync(PERSONA_KEY)
  } catch {
    /* remembered for this session only */
  }
  listeners.forEach((l) => l())
  if (persona !== previous) invalidateMemberData()
}

// H5: a scenario the tester picks in the console lasts for the browser tab's session, so a reload
// (leaving the console, the address edited) keeps it; one in the address (`?scenario=`) is for that
// visit only, as the README says. Mini-programs keep it in memory, which is their session.
const SCENARIO_KEY = 'mock.scenario'
let scenarioRead = false

export function getScenario(): ScenarioSpec | null {
  if (__MOCK__ && process.env.TARO_ENV === 'h5' && !scenarioRead) {
    scenarioRead = true
    try {
      const kept = window.sessionStorage.getItem(SCENARIO_KEY)
      if (scenario === null && isScenario(kept)) scenario = kept
    } catch {
      /* no session storage: memory only */
    }
  }
  return scenario
}

export function setScenario(next: ScenarioSpec | null, options: { thisVisitOnly?: boolean } = {}): void {
  scenarioRead = true
  scenario = next && isScenario(next) ? next.split(',').map((rule) => rule.trim()).join(',') : null
  if (__MOCK__ && process.env.TARO_ENV === 'h5' && !options.thisVisitOnly) {
    try {
      if (scenario) window.sessionStorage.setItem(SCENARIO_KEY, scenario)
      else window.sessionStorage.removeItem(SCENARIO_KEY)
    } catch {
      /* memory only */
    }
  }
  listeners.forEach((l) => l())
}

/** Stores keyed by member subscribe here to drop another persona's data. */
export function onMockSessionChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const dataListeners = new Set<() => void>()

/**
 * Stores holding one member's data register here and start over when that data changes under
 * them: another persona, or a tester posting events, moving the clock or resetting the backend.
 */
export function onMemberDataInvalidated(listener: () => void): () => void {
  dataListeners.add(listener)
  return () => dataListeners.delete(listener)
}

export function invalidateMemberData(): void {
  dataListeners.forEach((l) => l())
}

/** `?persona=` and `?scenario=` from the H5 address, in the search part or the hash's query. */
export function applyUrlParams(search: string, hash: string): void {
  const params = new URLSearchParams(search)
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : ''
  new URLSearchParams(hashQuery).forEach((v, k) => params.set(k, v))
  const p = params.get('persona')
  if (isPersonaId(p)) setPersona(p)
  const s = params.get('scenario')
  if (isScenario(s)) setScenario(s, { thisVisitOnly: true })
}

/** Member builds (MOCK=off) send neither header: the branch, and its header names, compile away. */
export function mockHeaders(): Record<string, string> {
  const header: Record<string, string> = {}
  if (__MOCK__) {
    const p = getPersona()
    if (p) header['X-Persona'] = p
    const s = getScenario()
    if (s) header['X-Mock-Scenario'] = s
  }
  return header
}
