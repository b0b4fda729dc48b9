import { getSharedBackend, saveSharedBackend } from '../db'
import { shapeByScenario } from '../routes/scenario-shaping'
import { inProcessHandling } from './in-process-handling'

/**
 * What a mini-program's launch query asks of the in-process backend before the first request
 * (src/services/mock-launch.ts reads the query). A scenario needs the shaping from launch, not
 * only once the tester console has loaded; the clock moves at once.
 */
export function enableScenarios(): void {
  inProcessHandling.scenarios = shapeByScenario
}

/** Sets the backend clock to `instant` (epoch ms) and keeps it across reloads; answers the ISO time. */
export function setBackendClock(instant: number): string {
  const backend = getSharedBackend()
  backend.clock.setNow(instant)
  saveSharedBackend('POST')
  return new Date(backend.now()).toISOString()
}

export function backendNow(): number {
  return getSharedBackend().now()
}
