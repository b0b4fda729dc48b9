import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** jest: `beforeAll(() => server.listen())`, `afterEach(resetMockBackend)`, `afterAll(() => server.close())`. */
export const server = setupServer(...handlers)
