import { APP_ROUTES } from './app-routes'
import { contentRoutes } from './content'
import { identityFormRoutes } from './identity-forms'
import { journeyPageRoutes } from './journey-pages'
import { TOOL_ROUTES } from './tool-routes'
import type { Route } from './types'

/**
 * The whole contract, one group per resource, by what the mini-programs load them with: the main
 * package (`app-routes.ts`), identity's form pages, the content page, the testers' tools
 * (`tool-routes.ts`). A new resource file exports its `Route[]` and is added to one of them: one
 * import and one entry.
 */
export const ROUTE_TABLE: readonly Route[] = [...APP_ROUTES, ...identityFormRoutes, ...contentRoutes, ...journeyPageRoutes, ...TOOL_ROUTES]
