import { server } from '@mock/node'
import { http } from 'msw'
import { withMockBackend } from '../support/screen'
import { useCouponStore } from '@/features/coupons'
import { useInvitesStore } from '@/features/invites'
import { fetchTemplates } from '@/features/coupons/api'
import { fetchInvites } from '@/features/invites/api'
import { setPersona } from '@/services/mock-session'
import { readMember } from '@/services/member-storage'

withMockBackend()

/**
 * Holds matching requests until `open()`, then lets them through to the fake backend (a
 * resolver that returns nothing falls through to the next handler): a slow network edge.
 */
function holdRequests(method: 'post', pattern: string) {
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  let arrived!: () => void
  const reached = new Promise<void>((resolve) => (arrived = resolve))
  server.use(
    http[method](pattern, async () => {
      arrived()
      await gate
      return undefined
    }),
  )
  return { open, reached }
}

test('a claim in flight during a persona switch does not put the old persona’s coupon in the new wallet or cache', async () => {
  setPersona('active~11')
  const template = (await fetchTemplates()).find((t) => t.claimable)
  expect(template).toBeDefined()
  const held = holdRequests('post', '*/api/v1/coupon-templates/:id/claim')
  const claim = useCouponStore.getState().claim(template!.id)
  await held.reached

  setPersona('newcomer~11')
  await useCouponStore.getState().load()
  const newcomerWallet = useCouponStore.getState().coupons?.map((c) => c.id)
  expect(newcomerWallet).toBeDefined()

  held.open()
  const outcome = await claim
  expect(outcome.ok).toBe(true)
  const claimedId = outcome.ok ? outcome.coupon.id : ''
  expect(useCouponStore.getState().coupons?.map((c) => c.id)).toEqual(newcomerWallet)
  const cached = readMember('coupons', 1, (d): d is { coupons: { id: string }[] } => typeof d === 'object' && d !== null)
  expect(cached?.coupons.map((c) => c.id)).not.toContain(claimedId)
  expect(useCouponStore.getState().claiming[template!.id]).toBeFalsy()
})

test('an invite answer in flight during a persona switch leaves the new persona’s list alone', async () => {
  setPersona('active~12')
  const pending = (await fetchInvites()).find((i) => i.status === 'pending')
  expect(pending).toBeDefined()
  const held = holdRequests('post', '*/api/v1/invites/:id/response')
  const answer = useInvitesStore.getState().answer(pending!.id, false)
  await held.reached

  setPersona('cocreator~12')
  expect(useInvitesStore.getState().invites).toBeNull() // not loaded yet for the new persona

  held.open()
  await expect(answer).resolves.toMatchObject({ id: pending!.id, status: 'declined' })
  expect(useInvitesStore.getState().invites).toBeNull()
  expect(useInvitesStore.getState().answering).toBeNull()

  await useInvitesStore.getState().load()
  expect(useInvitesStore.getState().invites?.length).toBeGreaterThan(0)
})
