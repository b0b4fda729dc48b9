/**
 * The journeys' pages' endpoints (社群活动, 我邀请的, 已享权益, 我的会员旅程): in mock mini-programs
 * they ride in those pages' subpackages and join the in-process backend when one loads
 * (`mock/weapp/`). H5's fake backend and the HTTP one always have them; member builds compile this away.
 */
export function loadMockJourneyRoutes(): void {
  if (__MOCK__ && process.env.TARO_ENV !== 'h5') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ;(require('@mock/weapp/journey-routes') as typeof import('@mock/weapp/journey-routes')).loadJourneyRoutes()
  }
}
