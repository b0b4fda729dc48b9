import { rmSync } from 'node:fs'

export default async function globalTeardown(): Promise<void> {
  await globalThis.__MEMBER_BUILD_SERVER__?.close()
  const dir = process.env.MEMBER_BUILD_DIR
  if (dir && process.env.MEMBER_BUILD_SKIP !== '1' && process.env.MEMBER_BUILD_KEEP !== '1') rmSync(dir, { recursive: true, force: true })
}
