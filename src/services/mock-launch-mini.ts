import Taro from '@tarojs/taro'
import { setRequestGate } from './transport'

/**
 * A mini-program's launch query (devtools' compile modes, a shared path): persona, scenario and
 * clock apply here, before the first request; a state code and `tester=1` open the tester console,
 * whose subpackage reads the code while every request waits. Mock builds only (called inside
 * `if (__MOCK__)`), so none of it reaches a member build.
 */
export function applyMiniProgramLaunch(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const launch = require('./mock-launch') as typeof import('./mock-launch')
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const backend = require('@mock/weapp/launch') as typeof import('@mock/weapp/launch')
  let query: Record<string, unknown> = {}
  try {
    query = Taro.getLaunchOptionsSync()?.query ?? {}
  } catch {
    /* a runtime without launch options: nothing asked */
  }
  const reading = launch.readLaunchParams(query)
  if (reading.params.scenario) backend.enableScenarios()
  launch.applyLaunch(reading, {
    moveClock: (spec) => backend.setBackendClock(launch.resolveClock(spec, backend.backendNow())),
    holdRequests: setRequestGate,
  })
  if (reading.refused.length > 0) {
    say('启动参数有误，已忽略', reading.refused.join('\n'))
  }
  if (reading.params.state || reading.params.tester) openTesterAtLaunch(reading.params.tester ? '' : '?launch=back')
}

/** The first page may not be ready to navigate from yet: try again a few times. */
function openTesterAtLaunch(query: string, attempt = 0): void {
  setTimeout(() => {
    // Callbacks, not the promise: some runtimes (Alipay) return nothing from these calls.
    Taro.navigateTo({ url: `/pages/tester/index${query}`, fail: () => attempt < 20 && openTesterAtLaunch(query, attempt + 1) })
  }, attempt === 0 ? 0 : 150)
}

/** A modal through callbacks only (Alipay returns no promise); a runtime without one just logs. */
export function say(title: string, content: string): void {
  try {
    Taro.showModal({ title, content, showCancel: false })
  } catch {
    console.warn(`[mock] ${title}：${content}`)
  }
}
