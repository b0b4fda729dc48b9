import { contentRoutes } from './content'
import { cocreationRoutes } from './cocreation'
import { couponTemplateRoutes } from './coupon-templates'
import { couponRoutes } from './coupons'
import { earningRoutes } from './earning'
import { growthRoutes } from './growth'
import { identityRoutes } from './identity'
import { inviteRoutes } from './invites'
import { levelRoutes } from './levels'
import { memberRoutes } from './member'
import { messageRoutes } from './messages'
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
  ...identityRoutes,
  ...growthRoutes,
  ...mockControlRoutes,
  ...inviteRoutes,
  ...couponRoutes,
  ...couponTemplateRoutes,
  ...staffRoutes,
  ...redemptionRoutes,
  ...storeRoutes,
  ...rightsRoutes,
  ...contentRoutes,
  ...messageRoutes,
  ...cocreationRoutes,
  ...earningRoutes,
  ...staffEarningRoutes,
]
