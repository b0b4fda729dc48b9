import { isPersonaId, isScenario, setPersona, setScenario, type ScenarioSpec } from './mock-session'

/**
 * Launch parameters of mock builds, the same words on every platform: H5's address, a
 * mini-program's launch query (the devtools' compile modes, `?persona=…` on any page).
 * `persona` (remembered), `scenario` (this session, `down@/coupons` forms), `clock` (an instant
 * or `+3d`), `state` (a 复现码) and `tester=1`. Read once at boot (mock-boot.ts) and only in
 * mock builds: member builds (`MOCK=off`) never reach this module.
 */
export interface LaunchParams {
  persona?: string
  scenario?: ScenarioSpec
  clock?: string
  state?: string
  tester?: boolean
}

export interface LaunchReading {
  params: LaunchParams
  /** One sentence per parameter refused, in Chinese, saying what was expected. */
  refused: string[]
}

// An instant with a zone (2026-11-23T08:00:00Z, …+08:00), a Shanghai date (2026-11-23), or a shift
// from the backend's clock (+3d, -12h, +90m).
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const SHIFT = /^([+-])(\d{1,4})([dhm])$/
const STATE = /^MC\d{1,4}Z?-[A-Za-z0-9_-]+-[0-9a-f]{8}$/
const KNOWN = ['persona', 'scenario', 'clock', 'state', 'tester']

/** Devtools and share links may hand values still percent-encoded (`down%40%2Fcoupons`). */
function text(value: unknown): string | null {
  if (typeof value !== 'string') return null
  // A `+` in a query string is a space: `+3d` may arrive as ` 3d`.
  let out = value.replace(/^ (?=\d)/, '+').trim()
  try {
    if (/%[0-9A-Fa-f]{2}/.test(out)) out = decodeURIComponent(out)
  } catch {
    /* kept as given: the checks below refuse it */
  }
  return out
}

export function isClockSpec(value: string): boolean {
  if (SHIFT.test(value)) return true
  if (DATE.test(value)) return !Number.isNaN(Date.parse(`${value}T00:00:00+08:00`))
  return INSTANT.test(value) && !Number.isNaN(Date.parse(value))
}

/** The instant a clock parameter means, given the backend's now (epoch ms). */
export function resolveClock(spec: string, now: number): number {
  const shift = SHIFT.exec(spec)
  if (shift) return now + (shift[1] === '-' ? -1 : 1) * Number(shift[2]) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[shift[3] as 'd' | 'h' | 'm']
  return Date.parse(DATE.test(spec) ? `${spec}T00:00:00+08:00` : spec)
}

/** Checks each known parameter; other query keys (a page's own `id`, `slug`…) are not ours and pass by. */
export function readLaunchParams(query: Record<string, unknown> | null | undefined): LaunchReading {
  const params: LaunchParams = {}
  const refused: string[] = []
  const q = query ?? {}
  const given = (key: string) => KNOWN.includes(key) && q[key] !== undefined && q[key] !== ''
  if (given('persona')) {
    const p = text(q.persona)
    if (isPersonaId(p)) params.persona = p
    else refused.push(`persona=${String(q.persona)}：不是身份名（如 active、coupon-rich、active~2）`)
  }
  if (given('scenario')) {
    const s = text(q.scenario)
    if (s !== null && isScenario(s)) params.scenario = s.split(',').map((r) => r.trim()).join(',')
    else refused.push(`scenario=${String(q.scenario)}：场景只能是 slow、flaky、down、malformed、timeout，可加 @/路径，如 down@/coupons`)
  }
  if (given('clock')) {
    const c = text(q.clock)
    if (c !== null && isClockSpec(c)) params.clock = c
    else refused.push(`clock=${String(q.clock)}：时钟要写带时区的时间（2026-11-23T08:00:00+08:00）、日期（2026-11-23）或偏移（+3d、-12h）`)
  }
  if (given('state')) {
    const s = text(q.state)?.replace(/\s+/g, '') ?? null
    if (s !== null && STATE.test(s)) params.state = s
    else refused.push('state=…：不是完整的复现码（形如 MC1Z-…-…），请从测试面板重新复制')
  }
  if (given('tester')) {
    if (text(q.tester) === '1') params.tester = true
    else refused.push(`tester=${String(q.tester)}：只认 tester=1`)
  }
  return { params, refused }
}

/** H5: the address's query, search part and the hash's (the hash wins), as one object. */
export function addressQuery(search: string, hash: string): Record<string, string> {
  const params = new URLSearchParams(search)
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : ''
  new URLSearchParams(hashQuery).forEach((v, k) => params.set(k, v))
  return Object.fromEntries(params)
}

/** What the launch applied and refused, for the tester console's first line. */
let report: { applied: string[]; refused: string[] } = { applied: [], refused: [] }
let pendingState: string | null = null
let releaseGate: (() => void) | null = null

export function launchReport(): { applied: readonly string[]; refused: readonly string[] } {
  return report
}

/** Records a later outcome (the state code's import) on the console's first line. */
export function noteLaunch(applied: string | null, refused: string | null = null): void {
  report = { applied: applied ? [...report.applied, applied] : report.applied, refused: refused ? [...report.refused, refused] : report.refused }
}

export interface LaunchHooks {
  /** Sets the backend clock; null when this platform cannot reach its backend yet. */
  moveClock?: (spec: string) => string
  /** Holds every request until the state code has been imported (mini-programs: by the console's subpackage). */
  holdRequests?: (until: Promise<void>) => void
}

/**
 * Applies the session side of a launch at once (persona, scenario, clock), before the first
 * request; a state code waits for the code that reads it, with requests held until then.
 */
export function applyLaunch(reading: LaunchReading, hooks: LaunchHooks): void {
  const { params, refused } = reading
  const applied: string[] = []
  if (params.persona) {
    setPersona(params.persona)
    applied.push(`身份 ${params.persona}`)
  }
  if (params.scenario) {
    setScenario(params.scenario, { thisVisitOnly: true })
    applied.push(`场景 ${params.scenario}`)
  }
  if (params.clock && hooks.moveClock) applied.push(`时钟 ${hooks.moveClock(params.clock)}`)
  if (params.state && hooks.holdRequests) {
    pendingState = params.state
    hooks.holdRequests(new Promise<void>((resolve) => (releaseGate = resolve)))
  }
  report = { applied, refused }
  if (refused.length > 0) console.warn(`[mock] 启动参数有误，已忽略：${refused.join('；')}`)
}

/** The launch's state code, once, for the code that imports it; it then calls releaseLaunchRequests. */
export function takeLaunchState(): string | null {
  const code = pendingState
  pendingState = null
  return code
}

export function releaseLaunchRequests(): void {
  releaseGate?.()
  releaseGate = null
}
