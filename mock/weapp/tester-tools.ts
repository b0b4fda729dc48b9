import { getSharedBackend, saveSharedBackend } from '../db'
import { importStateCode, StateCodeError } from '../db/state-code'
import { shapeByScenario } from '../routes/scenario-shaping'
import { TOOL_ROUTES } from '../routes/tool-routes'
import { addInProcessRoutes, inProcessHandling } from './in-process-handling'

/**
 * Called by the tester console's and the store counter's pages (subpackages in the mini-programs):
 * from then on the in-process backend answers `/mock/*` and the staff endpoints, and honours
 * `X-Mock-Scenario`. Nothing else calls those endpoints or sets a scenario (a scenario lasts for
 * the session, set in the console), and a main package cannot load subpackage code at launch.
 */
export function loadTesterTools(): void {
  addInProcessRoutes(TOOL_ROUTES)
  inProcessHandling.scenarios = shapeByScenario
}

/**
 * A launch query's 复现码, imported by the console's subpackage (the code reader stays out of the
 * main package): the member it names, or the reason it was refused.
 */
export function importLaunchState(code: string): { memberId: string } | { error: string } {
  try {
    const { memberId } = importStateCode(getSharedBackend(), code)
    saveSharedBackend('POST')
    return { memberId }
  } catch (error) {
    return { error: error instanceof StateCodeError ? error.message : String(error) }
  }
}
