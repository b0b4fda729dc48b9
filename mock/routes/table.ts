import { APP_ROUTES } from './app-routes'
import { TOOL_ROUTES } from './tool-routes'
import type { Route } from './types'

/**
 * The whole contract, one group per resource: what the member app calls (`app-routes.ts`) and what
 * only the testers' tools call (`tool-routes.ts`). A new resource file exports its `Route[]` and is
 * added to one of them: one import and one entry.
 */
export const ROUTE_TABLE: readonly Route[] = [...APP_ROUTES, ...TOOL_ROUTES]
