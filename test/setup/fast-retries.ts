// Retries keep their real schedule in the app; jest only skips the waiting (request.test.ts
// checks the schedule itself through the same injected sleep).
import { setRetryTiming } from '@/services/retry-policy'

setRetryTiming({ sleep: () => Promise.resolve() })
