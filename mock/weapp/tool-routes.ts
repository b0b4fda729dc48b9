import { TOOL_ROUTES } from '../routes/tool-routes'
import { addInProcessRoutes } from './route-table'

/**
 * Called by the tester console's and the store counter's pages (subpackages in the mini-programs):
 * from then on the in-process backend answers `/mock/*` and the staff endpoints too. Nothing else
 * calls them, and a main package cannot load subpackage code at launch.
 */
export function enableToolRoutes(): void {
  addInProcessRoutes(TOOL_ROUTES)
}
