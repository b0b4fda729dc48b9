import { shapeByScenario } from './routes/scenario-shaping'
import { ROUTE_TABLE } from './routes/table'
import { addInProcessRoutes, inProcessHandling } from './weapp/in-process-handling'
import { createInProcessTransport, type InProcessTransport } from './weapp/transport'

/**
 * H5 without a service worker (plain HTTP on a LAN address): the page answers itself with the
 * in-process adapter the mini-programs use. The mini-programs add tool, form and content routes
 * as their subpackages load; H5 has no subpackages and its mock chunk carries the whole table
 * anyway, so every route and the scenarios are in from the start — the tester console included.
 */
export function createInPageTransport(): InProcessTransport {
  addInProcessRoutes(ROUTE_TABLE)
  inProcessHandling.scenarios = shapeByScenario
  return createInProcessTransport()
}
