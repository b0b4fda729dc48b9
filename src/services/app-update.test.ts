import { applyUpdate, getUpdateState, resetUpdateWatch, startUpdateWatch } from './app-update'

// The browser's side, as the page sees it: a container whose controller changes, a registration
// whose new worker installs. What a member notices is the offer (state) and the reload.

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing'
  posted: unknown[] = []
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  become(state: ServiceWorkerState) {
    this.state = state
    this.dispatchEvent(new Event('statechange'))
  }
}

function fakeBrowser(controlled: boolean) {
  const registration = Object.assign(new EventTarget(), {
    installing: null as FakeWorker | null,
    waiting: null as FakeWorker | null,
    update: jest.fn(async () => undefined),
  })
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? ({} as ServiceWorker) : null,
    ready: Promise.resolve(registration),
  })
  const reload = jest.fn()
  startUpdateWatch(container as unknown as ServiceWorkerContainer, reload)
  const deploy = () => {
    const worker = new FakeWorker()
    registration.installing = worker
    registration.dispatchEvent(new Event('updatefound'))
    worker.become('installed')
    return worker
  }
  const takeOver = () => {
    container.controller = {} as ServiceWorker
    container.dispatchEvent(new Event('controllerchange'))
  }
  return { deploy, takeOver, reload }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => resetUpdateWatch())

test('the first worker taking an uncontrolled page is no update: nothing is offered', async () => {
  const browser = fakeBrowser(false)
  await settle()
  browser.takeOver()
  expect(getUpdateState()).toBe('none')
  expect(browser.reload).not.toHaveBeenCalled()
})

test('a new deployment waits and is offered; the tap lets it take over, then reloads once', async () => {
  const browser = fakeBrowser(true)
  await settle()
  const worker = browser.deploy()
  expect(getUpdateState()).toBe('ready')
  expect(worker.posted).toEqual([])
  applyUpdate()
  expect(worker.posted).toEqual([{ type: 'SKIP_WAITING' }])
  expect(browser.reload).not.toHaveBeenCalled()
  browser.takeOver()
  expect(browser.reload).toHaveBeenCalledTimes(1)
})

test('another tab took the update: this one is offered a plain reload', async () => {
  const browser = fakeBrowser(true)
  await settle()
  browser.takeOver()
  expect(getUpdateState()).toBe('ready')
  applyUpdate()
  expect(browser.reload).toHaveBeenCalledTimes(1)
})
