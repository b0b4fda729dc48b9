/**
 * Issue #24 item 3: a membership load that started before a check-in, landing after it, must not
 * put the old figures back while the card says 互动 +1.
 */
import { http, HttpResponse } from 'msw'
import { getMockBackend } from '@mock/handlers'
import { toMockRequest } from '@mock/handlers/to-mock-request'
import { server } from '@mock/node'
import { handleRequest } from '@mock/routes'
import { useCheckInStore } from '@/features/earning/check-in-store'
import { useMembershipStore } from '@/features/growth'
import { setPersona } from '@/services/mock-session'
import { withMockBackend } from '../support/screen'

withMockBackend()

/** The backend answers the next GET of `pattern` at once; the answer is held on its way back until `open()`. */
function holdNextGet(pattern: string) {
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  let arrived!: () => void
  const reached = new Promise<void>((resolve) => (arrived = resolve))
  server.use(
    http.get(
      pattern,
      async ({ request }) => {
        const answer = handleRequest(getMockBackend(), await toMockRequest(request))
        arrived()
        await gate
        return HttpResponse.json(answer.body as object, { status: answer.status, headers: answer.headers })
      },
      { once: true },
    ),
  )
  return { open, reached }
}

const interactions = () => useMembershipStore.getState().snapshot?.growth?.totals.interactions

test('a refresh asked before the check-in, answered after it, keeps the check-in’s +1', async () => {
  setPersona('active~41')
  await useMembershipStore.getState().load()
  const before = interactions()
  expect(before).toEqual(expect.any(Number))

  const held = holdNextGet('*/api/v1/me/growth')
  const refresh = useMembershipStore.getState().load()
  await held.reached
  // The backend answered this refresh's growth before the check-in; it is on its way back now.
  await useCheckInStore.getState().checkIn()
  expect(useCheckInStore.getState().said?.text).toMatch(/互动 \+1/)
  expect(interactions()).toBe(before! + 1)

  held.open()
  await refresh
  expect(interactions()).toBe(before! + 1)
})

test('a refresh asked after the check-in is shown as usual', async () => {
  setPersona('active~42')
  await useMembershipStore.getState().load()
  const before = interactions()
  await useCheckInStore.getState().checkIn()
  await useMembershipStore.getState().load()
  expect(interactions()).toBe(before! + 1)
  expect(useMembershipStore.getState().stale).toBe(false)
})
