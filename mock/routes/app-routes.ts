import { cocreationRoutes } from './cocreation'
import { postRoutes } from './posts'
import { ideaRoutes } from './ideas'
import { levelGiftRoutes } from './level-gifts'
import { couponTemplateRoutes } from './coupon-templates'
import { couponRoutes } from './coupons'
import { earningRoutes } from './earning'
import { growthRoutes } from './growth'
import { identityRoutes } from './identity'
import { inviteRoutes } from './invites'
import { levelRoutes } from './levels'
import { memberRoutes } from './member'
import { memberDataRoutes } from './member-data'
import { messageRoutes } from './messages'
import { rightsRoutes } from './rights'
import { storeRoutes } from './stores'
import type { Route } from './types'

/**
 * What the mini-programs' in-process backend answers from launch (they ship in the main package):
 * every endpoint the main package's code calls, and those of most detail pages. Identity's form
 * pages' (`identityFormRoutes`), the content page's (`contentRoutes`) and the testers' tools'
 * (`TOOL_ROUTES`) come with their subpackages instead
 * (`mock/weapp/`); `mock/weapp/in-process-handling.test.ts` checks every page finds what it calls.
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
  ...messageRoutes,
  ...cocreationRoutes,
  ...earningRoutes,
  ...memberDataRoutes,
  ...postRoutes,
  ...ideaRoutes,
  ...levelGiftRoutes,
]
