import { growthRoutes } from './growth'
import { levelRoutes } from './levels'
import { memberRoutes } from './member'
import { mockControlRoutes } from './mock-control'
import type { Route } from './types'

/**
 * The whole contract, one group per resource. A new resource file exports its `Route[]` and is
 * added here: one import and one entry.
 */
export const ROUTE_TABLE: readonly Route[] = [
  ...levelRoutes,
  ...memberRoutes,
  ...growthRoutes,
  ...mockControlRoutes,
]
