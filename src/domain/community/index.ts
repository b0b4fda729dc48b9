export {
  cancel,
  checkIn,
  emptySeats,
  eventStatusOf,
  myStatusOf,
  register,
  seatsLeftOf,
  type CancelResult,
  type CheckInResult,
  type EventSeats,
  type EventStatus,
  type MyEventStatus,
  type RegisterResult,
} from './seats'

/** The growth event a counter check-in at a community event adds (GET /me/growth/events). */
export const EVENT_CHECK_IN_TITLE = '社群活动签到'
