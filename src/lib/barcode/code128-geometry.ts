/** Code 128 needs at least 10 light modules either side. Kept apart from the encoder so drawing code does not pull in the library. */
export const CODE128_QUIET_ZONE = 10
