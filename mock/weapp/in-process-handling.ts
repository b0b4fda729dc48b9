import type { Handling } from '../routes/handle-request'
import { APP_ROUTES } from '../routes/app-routes'
import type { Route } from '../routes/types'

/**
 * What the in-process backend answers with: from launch, the routes the member app calls and no
 * scenarios (only the tester console sets one). The testers' tools add their routes and the
 * scenarios when their pages load (`tester-tools.ts`), so that code stays out of the main package.
 */
export const inProcessHandling: Handling & { routes: Route[] } = { routes: [...APP_ROUTES], scenarios: null }
