import '@testing-library/jest-dom'

// H5 copies through the browser (src/platform/web-clipboard): every test starts on a secure page
// whose Clipboard API works; a test takes it away (plain HTTP) or makes it refuse.
beforeEach(() => {
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true })
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: jest.fn(async () => undefined) }, configurable: true })
})
