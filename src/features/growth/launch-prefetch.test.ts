// The member's data leaves at launch when the first page shows it, and the page's own load joins
// that request rather than asking again.
import { server } from '@mock/node'
import { resetMockBackend } from '@mock/handlers'
import { prefetchMembershipAtLaunch, takeLaunchPrefetch } from './launch-prefetch'
import { useMembershipStore } from './membership-store'

const requests: string[] = []
const record = ({ request }: { request: Request }) => {
  requests.push(new URL(request.url).pathname)
}
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  server.events.on('request:start', record)
})
beforeEach(() => {
  resetMockBackend()
  useMembershipStore.getState().reset()
  requests.length = 0
})
afterAll(() => {
  server.events.removeAllListeners()
  server.close()
})

test.each(['', 'pages/home/index', '/pages/growth/index', 'pages/profile/index'])('launching on "%s" loads the member’s data once, before any page asks', async (route) => {
  prefetchMembershipAtLaunch(route)
  expect(useMembershipStore.getState().refreshing).toBe(true) // in flight before any page exists
  // The first page to show takes the launch answer instead of asking again; later shows ask.
  expect([takeLaunchPrefetch(), takeLaunchPrefetch()]).toEqual([true, false])
  await useMembershipStore.getState().load() // joins the request still in flight
  expect(useMembershipStore.getState().snapshot?.growth?.levelCode).toBe('engager')
  expect(requests.sort()).toEqual(['/api/v1/levels', '/api/v1/me', '/api/v1/me/growth'])
})

test.each(['pages/coupon-code/index', 'pages/not-found/index', 'pages/tester/index'])('launching on %s asks nothing', async (route) => {
  prefetchMembershipAtLaunch(route)
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect([useMembershipStore.getState().refreshing, requests, takeLaunchPrefetch()]).toEqual([false, [], false])
})

test('a page shown long after launch loads for itself', async () => {
  const now = jest.spyOn(Date, 'now')
  prefetchMembershipAtLaunch('pages/home/index')
  await useMembershipStore.getState().load()
  now.mockReturnValue(Date.now() + 60_000)
  expect(takeLaunchPrefetch()).toBe(false)
  now.mockRestore()
})
