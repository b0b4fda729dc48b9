export { InboxScreen } from './inbox-screen'
export { DetailScreen } from './detail-screen'
export { InvitesHomeEntry, LevelUpInviteNotice } from './home-entry'
export { useInvitesStore, createInvitesStore } from './invites-store'
