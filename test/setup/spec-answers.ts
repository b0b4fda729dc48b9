// Every answer the fake backend gives in a jest test — through msw, the HTTP server, the weapp's
// in-process adapter or `call()` — is held to mock/openapi.yaml (status and schema), so the
// document a brand's backend implements cannot drift from what the app was tested against.
// Answers are copied as they are given and checked after each test: compiling a schema takes up
// to a second the first time, which must not count against a screen test's waiting time.
import { observeAnswers, type MockRequest, type MockResponse } from '../../mock/routes'
import { specPathFor, specViolations } from '../../mock/test-support/spec-check'

/** Answers kept per operation and status in one test: enough variety, without copying a load test's thousands. */
const PER_OPERATION = 12

const answers: Array<{ req: Pick<MockRequest, 'method' | 'path' | 'headers'>; res: MockResponse }> = []
const kept = new Map<string, number>()

observeAnswers((req, res) => {
  const key = `${req.method} ${specPathFor(req.path) ?? req.path} ${res.status}`
  const count = kept.get(key) ?? 0
  if (count >= PER_OPERATION) return
  kept.set(key, count + 1)
  const body = res.body === undefined ? undefined : (JSON.parse(JSON.stringify(res.body)) as unknown)
  answers.push({ req: { method: req.method, path: req.path, headers: { ...req.headers } }, res: { ...res, body } })
})

afterEach(() => {
  kept.clear()
  const found = answers.splice(0).flatMap(({ req, res }) => specViolations(req, res))
  if (found.length === 0) return
  throw new Error(`the fake backend answered outside openapi.yaml:\n${[...new Set(found)].join('\n')}`)
})
