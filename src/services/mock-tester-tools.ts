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
    ;(require('@mock/weapp/tester-tools') as typeof import('@mock/weapp/tester-tools')).loadTesterTools()
  }
}
