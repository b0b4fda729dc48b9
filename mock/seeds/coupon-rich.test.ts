import { call, fixedBackend } from '../test-support/call'
import { findTemplate } from './coupons-catalogue'

type WalletCoupon = { templateId: string; title: string; status: 'available' | 'used' | 'expired' }
type Template = { id: string; claimable: boolean; perMemberLimit: number; claimedByMe: number }

describe('the coupon-rich persona looks like a real long-standing member', () => {
  const backend = fixedBackend()
  const wallet: WalletCoupon[] = call(backend, 'GET /coupons', { persona: 'coupon-rich' }).body.coupons

  it('holds 300+ coupons, many in each state', () => {
    expect(wallet.length).toBeGreaterThanOrEqual(300)
    for (const status of ['available', 'used', 'expired'] as const) {
      expect(wallet.filter((c) => c.status === status).length).toBeGreaterThan(50)
    }
  })

  it('holds no template more often than its per-member limit', () => {
    const held = new Map<string, number>()
    for (const c of wallet) held.set(c.templateId, (held.get(c.templateId) ?? 0) + 1)
    for (const [templateId, count] of held) {
      const template = findTemplate(templateId)
      expect(template).toBeDefined()
      expect({ templateId, count }).toEqual({ templateId, count: Math.min(count, template!.perMemberLimit) })
    }
  })

  it('shows varied coupons in every tab: no title more than 3 times, dozens of different ones', () => {
    for (const status of ['available', 'used', 'expired'] as const) {
      const titles = wallet.filter((c) => c.status === status).map((c) => c.title)
      const counts = new Map<string, number>()
      for (const t of titles) counts.set(t, (counts.get(t) ?? 0) + 1)
      expect(Math.max(...counts.values())).toBeLessThanOrEqual(3)
      expect(counts.size).toBeGreaterThanOrEqual(20)
    }
  })

  it('has something to claim in the claim centre, and the claim goes through', () => {
    const templates: Template[] = call(backend, 'GET /coupon-templates', { persona: 'coupon-rich' }).body.templates
    const claimable = templates.filter((t) => t.claimable)
    expect(claimable.length).toBeGreaterThanOrEqual(1)
    for (const t of templates) expect(t.claimedByMe).toBeLessThanOrEqual(t.perMemberLimit)
    const res = call(backend, `POST /coupon-templates/${claimable[0].id}/claim`, { persona: 'coupon-rich' })
    expect(res.status).toBe(201)
  })

  it('campaign coupons are issued, not claimable from the claim centre', () => {
    const issued = wallet.find((c) => c.templateId.startsWith('tpl-member-day-'))
    expect(issued).toBeDefined()
    const res = call(backend, `POST /coupon-templates/${issued!.templateId}/claim`, { persona: 'coupon-rich~2' })
    expect([res.status, res.body.error.code]).toEqual([404, 'NOT_FOUND'])
  })
})
