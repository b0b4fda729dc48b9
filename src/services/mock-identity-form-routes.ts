/**
 * Phone sign-in, joining and profile changes (`/auth/sms`, `/auth/phone`, `/members`, `PATCH /me`):
 * in mock mini-programs their fake handlers ride in the subpackages of the pages that call them and
 * join the in-process backend when such a page loads (`mock/weapp/`). H5's fake backend and the
 * HTTP one always have them; member builds (`MOCK=off`) compile this away.
 */
export function loadMockIdentityFormRoutes(): void {
  if (__MOCK__ && process.env.TARO_ENV !== 'h5') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ;(require('@mock/weapp/identity-form-routes') as typeof import('@mock/weapp/identity-form-routes')).loadIdentityFormRoutes()
  }
}
