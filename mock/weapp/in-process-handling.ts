import type { Handling } from '../routes/handle-request'
import { APP_ROUTES } from '../routes/app-routes'
import type { Route } from '../routes/types'

/**
 * What the in-process backend answers with: from launch, the main package's routes and no
 * scenarios (only the tester console sets one). Subpackage pages add theirs when they load
 * (`content-routes.ts`, `tester-tools.ts`), so that code stays out of the main package.
 */
export const inProcessHandling: Handling & { routes: Route[] } = { routes: [...APP_ROUTES], scenarios: null }

export function addInProcessRoutes(routes: readonly Route[]): void {
  for (const route of routes) if (!inProcessHandling.routes.includes(route)) inProcessHandling.routes.push(route)
}
