import { checkoutRoutes } from './checkouts'
import { withCounterLog } from './counter-log'
import { memberActRoutes } from './member-acts'
import { mockControlRoutes } from './mock-control'
import { postReviewRoutes } from './posts'
import { ideaReviewRoutes } from './ideas'
import { redemptionRoutes } from './redemptions'
import { staffRoutes } from './staff'
import { staffCodeRoutes } from './staff-codes'
import { staffEarningRoutes } from './staff-earning'
import { staffLogRoutes } from './staff-log'
import { voidRoutes } from './voids'
import type { Route } from './types'

/**
 * Endpoints only the testers' tools call: the tester console (`/mock/*` control) and the store
 * counter (staff sign-in, code look-up, redemptions, checkouts, voids, the day log, staff
 * earning). In the mini-programs they load with those pages' subpackages
 * (`mock/weapp/tool-routes.ts`), so the main package every launch downloads does not carry them.
 * The counter's older endpoints are wrapped so their first answers land in the store's day log.
 */
export const TOOL_ROUTES: readonly Route[] = [
  ...mockControlRoutes,
  ...memberActRoutes,
  ...staffRoutes,
  ...withCounterLog([...redemptionRoutes, ...staffEarningRoutes]),
  ...staffCodeRoutes,
  ...checkoutRoutes,
  ...voidRoutes,
  ...staffLogRoutes,
  ...postReviewRoutes,
  ...ideaReviewRoutes,
]
