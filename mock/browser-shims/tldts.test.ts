import { getDomain } from './tldts'

test('answers the registrable domain the way msw cookie handling needs it', () => {
  expect(getDomain('127.0.0.1')).toBe('127.0.0.1')
  expect(getDomain('localhost')).toBe('localhost')
  expect(getDomain('m.brand.example')).toBe('brand.example')
  expect(getDomain('')).toBeNull()
})
