// Moved to services: early-bird reminders use it too (features do not import each other).
export * from '@/services/calendar'
