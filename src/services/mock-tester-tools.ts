/**
 * The tester console and the store counter call endpoints nothing else calls (`/mock/*`, staff
 * sign-in, redemptions, staff earning), and only the console sets a scenario. In the
 * mini-programs those handlers and the scenarios ride in those pages' subpackages and join the
 * in-process backend when the page loads, so the main package every launch downloads does not
 * carry them. H5's fake backend (msw, in a chunk of its own) and the HTTP one always have all of
 * it; member builds (`MOCK=off`) compile this away.
 */
export function loadMockTesterTools(): void {
  if (__MOCK__ && process.env.TARO_ENV !== 'h5') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tools = require('@mock/weapp/tester-tools') as typeof import('@mock/weapp/tester-tools')
    tools.loadTesterTools()
    importStateFromLaunch(tools.importLaunchState)
  }
}

/** A launch query's 复现码 (mock-boot.ts held every request for it): imported here, then requests go on. */
// Every require sits inside `if (__MOCK__)`: webpack drops a dead branch, not a function nobody
// calls, so a bare require here would carry the whole fake backend into the member and counter builds.
function importStateFromLaunch(importLaunchState: (code: string) => { memberId: string } | { error: string }): void {
  if (__MOCK__) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const launch = require('./mock-launch') as typeof import('./mock-launch')
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { setPersona } = require('./mock-session') as typeof import('./mock-session')
    const code = launch.takeLaunchState()
    if (!code) return
    const result = importLaunchState(code)
    if ('memberId' in result) {
      launch.noteLaunch(`复现码 ${result.memberId}`)
      setPersona(result.memberId)
    } else {
      launch.noteLaunch(null, `state=…：${result.error}`)
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      ;(require('./mock-launch-mini') as typeof import('./mock-launch-mini')).say('复现码未导入', result.error)
    }
    launch.releaseLaunchRequests()
  }
}
