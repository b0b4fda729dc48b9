import { STORES } from '../seeds/coupons-catalogue'
import { ok, type Route } from './types'

export const storeRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/stores',
    handle: () => ok({ stores: STORES.map((s) => ({ ...s })) }),
  },
]
