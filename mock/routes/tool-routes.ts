import { memberActRoutes } from './member-acts'
import { mockControlRoutes } from './mock-control'
import { postReviewRoutes } from './posts'
import { ideaReviewRoutes } from './ideas'
import { redemptionRoutes } from './redemptions'
import { staffRoutes } from './staff'
import { staffEarningRoutes } from './staff-earning'
import type { Route } from './types'

/**
 * Endpoints only the testers' tools call: the tester console (`/mock/*` control) and the store
 * counter (staff sign-in, redemptions, staff earning). In the mini-programs they load with those
 * pages' subpackages (`mock/weapp/tool-routes.ts`), so the main package every launch downloads
 * does not carry them.
 */
export const TOOL_ROUTES: readonly Route[] = [...mockControlRoutes, ...memberActRoutes, ...staffRoutes, ...redemptionRoutes, ...staffEarningRoutes, ...postReviewRoutes, ...ideaReviewRoutes]
