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
import { rightsRoutes } from './rights'
import { storeRoutes } from './stores'
import type { Route } from './types'

/**
 * Every endpoint the member app itself calls. The mini-programs' in-process backend starts with
 * these alone (they ship in the main package); `TOOL_ROUTES` come with the testers' pages.
 */
export const APP_ROUTES: readonly Route[] = [
  ...levelRoutes,
  ...memberRoutes,
  ...identityRoutes,
  ...growthRoutes,
  ...inviteRoutes,
  ...couponRoutes,
  ...couponTemplateRoutes,
  ...storeRoutes,
  ...rightsRoutes,
  ...contentRoutes,
  ...messageRoutes,
  ...cocreationRoutes,
  ...earningRoutes,
]
