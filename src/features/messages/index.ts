export { MessagesScreen } from './messages-screen'
export { MessagesHomeEntry } from './home-entry'
export { RemindMe } from './remind-me'
export { askForReminders } from './subscribe'
