import { couponTemplateRoutes } from './coupon-templates'
import { couponRoutes } from './coupons'
import { earningRoutes } from './earning'
import { growthRoutes } from './growth'
import { inviteRoutes } from './invites'
import { levelRoutes } from './levels'
import { memberRoutes } from './member'
import { mockControlRoutes } from './mock-control'
import { rightsRoutes } from './rights'
import { redemptionRoutes } from './redemptions'
import { staffRoutes } from './staff'
import { staffEarningRoutes } from './staff-earning'
import { storeRoutes } from './stores'
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
  ...inviteRoutes,
  ...couponRoutes,
  ...couponTemplateRoutes,
  ...staffRoutes,
  ...redemptionRoutes,
  ...storeRoutes,
  ...rightsRoutes,
  ...earningRoutes,
  ...staffEarningRoutes,
]
