export { JourneyScreen } from './journey-screen'
export { RatingPrompts } from './rating-prompt'
