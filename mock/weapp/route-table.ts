import { APP_ROUTES } from '../routes/app-routes'
import type { Route } from '../routes/types'

/**
 * The in-process backend's routes: what the member app calls, from launch. The testers' tools add
 * theirs when their pages load (`tool-routes.ts`), so those handlers stay out of the main package.
 */
export const inProcessRoutes: Route[] = [...APP_ROUTES]

export function addInProcessRoutes(routes: readonly Route[]): void {
  for (const route of routes) if (!inProcessRoutes.includes(route)) inProcessRoutes.push(route)
}
