import { getSharedBackend, persistSharedBackend, resetSharedBackend, saveSharedBackend } from '.'
import { handleRequest } from '../routes'

afterEach(() => resetSharedBackend())

function memoryStore(initial: unknown = null) {
  let saved: unknown = initial
  return { load: () => saved, save: (s: unknown) => void (saved = JSON.parse(JSON.stringify(s))), peek: () => saved }
}

const post = (path: string, body: unknown) =>
  handleRequest(getSharedBackend(), { method: 'POST', path, query: {}, headers: { 'x-persona': 'newcomer~5' }, body })
const growth = () =>
  handleRequest(getSharedBackend(), { method: 'GET', path: '/api/v1/me/growth', query: {}, headers: { 'x-persona': 'newcomer~5' }, body: undefined })

test('events posted before a reload are still there after it', () => {
  const store = memoryStore()
  persistSharedBackend(store)
  post('/api/v1/mock/events', { type: 'purchase', amountFen: 5000 })
  saveSharedBackend('POST')

  resetSharedBackend()
  expect((growth().body as { levelCode: string }).levelCode).toBe('explorer')
  persistSharedBackend(store)
  expect((growth().body as { levelCode: string }).levelCode).toBe('experiencer')
})

test('a corrupt snapshot is dropped and the seeds are used', () => {
  persistSharedBackend(memoryStore('{not json'))
  expect((growth().body as { levelCode: string }).levelCode).toBe('explorer')
  persistSharedBackend(memoryStore({ version: -1, members: 7 }))
  expect(growth().status).toBe(200)
})

test('reads are not written back', () => {
  const store = memoryStore()
  persistSharedBackend(store)
  growth()
  saveSharedBackend('GET')
  expect(store.peek()).toBeNull()
})
