import { toIso, type Instant } from '../../src/domain'
import { RIGHTS, type RightClaim } from '../../src/domain/rights'
import type { PersonaId } from '../personas/persona-ids'

/**
 * Stock the backend starts with for limited-stock rights, shared by every member of one backend.
 * Lower than the catalogue's print run so testers can see "almost gone" and "gone": the
 * co-creator's limited edition has 3 left, this month's tasting box is already sold out.
 */
export const SEEDED_RIGHT_STOCK: Readonly<Record<string, number>> = {
  'r-limited-edition': 3,
  'r-limited-tasting': 0,
}

/** Stock left now: what the backend recorded, else the seed, else the catalogue's. */
export function initialRightStock(rightId: string): number | undefined {
  if (rightId in SEEDED_RIGHT_STOCK) return SEEDED_RIGHT_STOCK[rightId]
  return RIGHTS.find((r) => r.id === rightId)?.stock
}

/** Claims a persona has already made this period, so a quota reads "已领 1 次" from the start. */
export function seedRightClaims(personaId: PersonaId, now: Instant): RightClaim[] {
  const at = toIso(now)
  switch (personaId) {
    case 'cocreator':
      return [{ rightId: 'r-free-shipping', claimedAt: at }]
    case 'active':
      return [{ rightId: 'r-welcome-coupon', claimedAt: at }]
    default:
      return []
  }
}
