import { request } from '@/services/request'
import { ValueResponse } from '@/services/schemas/journeys'

export const fetchValue = (year: number) => request({ path: `/me/value?year=${year}`, schema: ValueResponse })
