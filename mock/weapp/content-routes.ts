import { contentRoutes } from '../routes/content'
import { addInProcessRoutes } from './in-process-handling'

/**
 * Called by the content page (a subpackage in the mini-programs), the only one that reads or asks
 * about content: its endpoints and texts join the in-process backend then, not at launch.
 */
export function loadContentRoutes(): void {
  addInProcessRoutes(contentRoutes)
}
