import { clockOffsetMs, noteResponseHeaders, noteServerTime, parseHttpDate, resetServerClock, serverNow } from './clock'

beforeEach(() => resetServerClock())
afterEach(() => jest.restoreAllMocks())

const T = Date.parse('2026-12-01T08:00:00.400Z')

test('reads the HTTP Date header format and nothing else', () => {
  expect(parseHttpDate('Tue, 01 Dec 2026 08:00:00 GMT')).toBe(Date.parse('2026-12-01T08:00:00Z'))
  expect(parseHttpDate('2026-12-01T08:00:00Z')).toBeNaN()
  expect(parseHttpDate('Tue, 01 Foo 2026 08:00:00 GMT')).toBeNaN()
})

test('a serverTime sample sets the offset, erring towards the server being later', () => {
  // Sent at phone T, answered at phone T + 200 ms; the server stamped T + 5 min + 100 ms.
  noteServerTime(new Date(T + 300_100).toISOString(), T, T + 200)
  expect(clockOffsetMs()).toBe(300_100)
  jest.spyOn(Date, 'now').mockReturnValue(T + 1_000)
  expect(serverNow()).toBe(T + 301_100)
})

test('a whole-second Date header that agrees keeps the precise offset; one that disagrees moves it', () => {
  noteServerTime(new Date(T - 300_000).toISOString(), T, T + 50) // phone five minutes fast
  const precise = clockOffsetMs()
  noteResponseHeaders({ Date: new Date(T - 300_000 + 2_000).toUTCString() }, T + 2_000, T + 2_050)
  expect(clockOffsetMs()).toBe(precise)
  // The phone's clock was then set right (it jumped five minutes back): the next answer says so.
  noteResponseHeaders({ date: new Date(T + 10_000).toUTCString() }, T + 10_000, T + 10_040)
  expect(Math.abs(clockOffsetMs())).toBeLessThan(1_000)
})

test('no answer yet: the phone clock as it is; garbage headers change nothing', () => {
  noteResponseHeaders({ date: 'yesterday' }, T, T)
  noteResponseHeaders(undefined, T, T)
  expect(clockOffsetMs()).toBe(0)
})

test('an answer a cache kept (Age above 0) does not move the clock; Age: 0 or none does', () => {
  noteServerTime(new Date(T + 300_000).toISOString(), T, T + 50) // the phone five minutes slow
  const aligned = clockOffsetMs()
  // A CDN's /levels made ten minutes ago: its Date is the origin's time then, not now.
  noteResponseHeaders({ Date: new Date(T - 300_000).toUTCString(), Age: '600' }, T + 1_000, T + 1_040)
  noteResponseHeaders({ date: new Date(T - 300_000).toUTCString(), age: ' 17 ' }, T + 1_000, T + 1_040)
  expect(clockOffsetMs()).toBe(aligned)
  // Fresh from the origin (Age: 0): the phone's clock was set right meanwhile, and this says so.
  noteResponseHeaders({ Date: new Date(T + 2_000).toUTCString(), Age: '0' }, T + 2_000, T + 2_040)
  expect(Math.abs(clockOffsetMs())).toBeLessThan(1_000)
})
