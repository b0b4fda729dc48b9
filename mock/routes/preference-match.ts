import type { CouponTemplate } from '../../src/domain/coupons'
import type { MemberPreferences } from '../db/member-state'

/** Which templates speak to which interest (the brand's tagging of its catalogue). */
const INTEREST_TEMPLATES: Record<NonNullable<MemberPreferences['interests']>[number], { ids: string[]; label: string }> = {
  events: { ids: ['tpl-sold-out', 'tpl-spring-closed'], label: '活动' },
  'new-products': { ids: ['tpl-flash-10', 'tpl-cocreator-gift'], label: '新品' },
}

/**
 * Why a template suits the member's stated preferences, in words for the claim centre; undefined
 * when it does not. 优惠型 likes money off; 价值型 likes things (a free item, a gift).
 */
export function preferenceMatch(template: CouponTemplate, preferences: MemberPreferences | undefined): string | undefined {
  if (!preferences) return undefined
  const reasons: string[] = []
  const moneyOff = template.kind === 'amount_off' || template.kind === 'percent_off'
  if (preferences.style === 'deal' && moneyOff) reasons.push('看重优惠力度')
  if (preferences.style === 'value' && !moneyOff) reasons.push('看重品质与体验')
  for (const interest of preferences.interests ?? []) {
    const tagged = INTEREST_TEMPLATES[interest]
    if (tagged.ids.includes(template.id)) reasons.push(`喜欢${tagged.label}`)
  }
  return reasons.length > 0 ? `符合你的偏好：${reasons.join('、')}` : undefined
}
