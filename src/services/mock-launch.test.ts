import { applyLaunch, launchReport, readLaunchParams, releaseLaunchRequests, resolveClock, takeLaunchState } from './mock-launch'
import { getPersona, getScenario, mockHeaders, setPersona, setScenario } from './mock-session'
import { resetTaroStub } from '../../test/stubs/taro'

afterEach(() => {
  setPersona(null)
  setScenario(null)
  resetTaroStub()
})

test('the launch query’s words are the address’s: persona, scenario with a path, clock, state, tester', () => {
  const reading = readLaunchParams({ persona: 'coupon-rich', scenario: 'down@/coupons', clock: '+3d', state: 'MC1Z-eJwrSS0u-0123abcd', tester: '1', id: 'c-1' })
  expect(reading).toEqual({
    params: { persona: 'coupon-rich', scenario: 'down@/coupons', clock: '+3d', state: 'MC1Z-eJwrSS0u-0123abcd', tester: true },
    refused: [],
  })
})

test('values devtools hands over still percent-encoded, or with + read as a space, are understood', () => {
  expect(readLaunchParams({ scenario: 'flaky%40%2Fme%2Cdown%40%2Fcoupons', clock: ' 8d' }).params).toEqual({ scenario: 'flaky@/me,down@/coupons', clock: '+8d' })
})

test('each malformed parameter is refused with a sentence saying what was expected, the rest still apply', () => {
  const { params, refused } = readLaunchParams({ persona: '<script>', scenario: 'meltdown', clock: 'tomorrow', state: 'MC1-cut', tester: 'yes' })
  expect(params).toEqual({})
  expect(refused).toEqual([
    expect.stringMatching(/^persona=<script>：不是身份名/),
    expect.stringMatching(/^scenario=meltdown：场景只能是/),
    expect.stringMatching(/^clock=tomorrow：时钟要写/),
    expect.stringMatching(/^state=…：不是完整的复现码/),
    expect.stringMatching(/^tester=yes：只认 tester=1/),
  ])
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  applyLaunch(readLaunchParams({ persona: 'at-risk', clock: '2026-13-45' }), {})
  expect(getPersona()).toBe('at-risk')
  expect(launchReport()).toEqual({ applied: ['身份 at-risk'], refused: [expect.stringMatching(/^clock=2026-13-45/)] })
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('启动参数有误'))
  warn.mockRestore()
})

test('persona and scenario apply at once; the clock through the platform’s hook; a state code holds requests until imported', async () => {
  const moved: string[] = []
  let held: Promise<void> | null = null
  applyLaunch(readLaunchParams({ persona: 'coupon-rich', scenario: 'down@/coupons', clock: '2026-11-23T08:00:00+08:00', state: 'MC1Z-abc-0123abcd' }), {
    moveClock: (spec) => (moved.push(spec), '2026-11-23T00:00:00.000Z'),
    holdRequests: (until) => void (held = until),
  })
  expect([getPersona(), getScenario()]).toEqual(['coupon-rich', 'down@/coupons'])
  expect(mockHeaders()).toEqual({ 'X-Persona': 'coupon-rich', 'X-Mock-Scenario': 'down@/coupons' })
  expect(moved).toEqual(['2026-11-23T08:00:00+08:00'])
  expect(launchReport().applied).toEqual(['身份 coupon-rich', '场景 down@/coupons', '时钟 2026-11-23T00:00:00.000Z'])
  let released = false
  void held!.then(() => (released = true))
  await Promise.resolve()
  expect(released).toBe(false)
  expect(takeLaunchState()).toBe('MC1Z-abc-0123abcd')
  expect(takeLaunchState()).toBeNull()
  releaseLaunchRequests()
  await held
  expect(released).toBe(true)
})

test('a clock shift counts from the backend’s now; a date is Shanghai midnight', () => {
  const now = Date.parse('2026-11-20T00:00:00Z')
  expect(new Date(resolveClock('+3d', now)).toISOString()).toBe('2026-11-23T00:00:00.000Z')
  expect(new Date(resolveClock('-12h', now)).toISOString()).toBe('2026-11-19T12:00:00.000Z')
  expect(new Date(resolveClock('2026-12-01', now)).toISOString()).toBe('2026-11-30T16:00:00.000Z')
})
