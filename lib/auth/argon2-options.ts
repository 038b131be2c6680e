/** argon2id cost (the library's default algorithm) at OWASP's recommended minimum: shared by sign-up and the demo seed. */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
