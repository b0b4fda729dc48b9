import { server } from '../node'
import { describeIdentityThrough, overFetch } from '../test-support/identity-scenario'
import { resetMockBackend } from '.'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => resetMockBackend())
afterAll(() => server.close())

describeIdentityThrough('msw', () => overFetch('http://localhost'))
