import { LEVELS } from '../../src/domain'
import { ok, type Route } from './types'

export const levelRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/levels',
    // A copy, so no caller can edit the published growth path.
    handle: () => ok({ levels: JSON.parse(JSON.stringify(LEVELS)) }),
  },
]
