import { communityRoutes } from './community'
import { journeyRoutes } from './journey'
import { referralRoutes } from './referrals'
import type { Route } from './types'

/**
 * Endpoints only the journeys' own pages call (社群活动, 我邀请的, 已享权益, 我的会员旅程): in the
 * mini-programs they ride in those pages' subpackages (`mock/weapp/journey-routes.ts`), so the
 * main package every launch downloads does not carry them.
 */
export const journeyPageRoutes: readonly Route[] = [...communityRoutes, ...referralRoutes, ...journeyRoutes]
