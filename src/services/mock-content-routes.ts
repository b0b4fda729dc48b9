/**
 * The content page's endpoints (`/content/*`) and their texts: in mock mini-programs they ride in
 * that page's subpackage and join the in-process backend when it loads (`mock/weapp/`). H5's fake
 * backend and the HTTP one always have them; member builds (`MOCK=off`) compile this away.
 */
export function loadMockContentRoutes(): void {
  if (__MOCK__ && process.env.TARO_ENV !== 'h5') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ;(require('@mock/weapp/content-routes') as typeof import('@mock/weapp/content-routes')).loadContentRoutes()
  }
}
