import { shapeByScenario } from '../routes/scenario-shaping'
import { TOOL_ROUTES } from '../routes/tool-routes'
import { inProcessHandling } from './in-process-handling'

/**
 * Called by the tester console's and the store counter's pages (subpackages in the mini-programs):
 * from then on the in-process backend answers `/mock/*` and the staff endpoints, and honours
 * `X-Mock-Scenario`. Nothing else calls those endpoints or sets a scenario (a scenario lasts for
 * the session, set in the console), and a main package cannot load subpackage code at launch.
 */
export function loadTesterTools(): void {
  for (const route of TOOL_ROUTES) if (!inProcessHandling.routes.includes(route)) inProcessHandling.routes.push(route)
  inProcessHandling.scenarios = shapeByScenario
}
