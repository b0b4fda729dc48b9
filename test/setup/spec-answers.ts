// Every answer the fake backend gives in a jest test — through msw, the HTTP server, the weapp's
// in-process adapter or `call()` — is held to mock/openapi.yaml (status and schema), so the
// document a brand's backend implements cannot drift from what the app was tested against.
import { observeAnswers } from '../../mock/routes/handle-request'
import { specViolations } from '../../mock/test-support/spec-check'

const violations: string[] = []

observeAnswers((req, res) => {
  violations.push(...specViolations(req, res))
})

afterEach(() => {
  if (violations.length === 0) return
  const found = violations.splice(0)
  throw new Error(`the fake backend answered outside openapi.yaml:\n${[...new Set(found)].join('\n')}`)
})
