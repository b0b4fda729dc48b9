import { journeyPageRoutes } from '../routes/journey-pages'
import { addInProcessRoutes } from './in-process-handling'

/** Called by the journeys' pages (subpackages): their endpoints join the in-process backend then. */
export function loadJourneyRoutes(): void {
  addInProcessRoutes(journeyPageRoutes)
}
