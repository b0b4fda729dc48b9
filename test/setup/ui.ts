import '@testing-library/jest-dom'
import { configure } from '@testing-library/react'

// findBy*/waitFor wait up to 4 s instead of 1 s: on a 2-core CI machine with two jest workers, a
// screen that seeds a persona and answers through the whole fake backend (plus the openapi check of
// every answer) can take over a second. A wrong screen still fails, only later.
configure({ asyncUtilTimeout: 4000 })

// H5 copies through the browser (src/platform/web-clipboard): every test starts on a secure page
// whose Clipboard API works; a test takes it away (plain HTTP) or makes it refuse.
beforeEach(() => {
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true })
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: jest.fn(async () => undefined) }, configurable: true })
})
