export { EventsScreen } from './events-screen'
export { JourneyEntry } from './entry-link'
export { COMMUNITY_URL } from './presentation'
