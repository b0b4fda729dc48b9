// `npm start -- --lan`: which interfaces to listen on, the addresses a phone on the same network
// can open, and a QR code of the H5 address for the terminal (uqr, already a dependency).
import type { NetworkInterfaceInfo } from 'node:os'
import { renderUnicodeCompact } from 'uqr'

export const LOOPBACK_HOST = '127.0.0.1'
export const ALL_INTERFACES = '0.0.0.0'

/** `--lan` or HOST=0.0.0.0 opens every interface; anything else stays on loopback. */
export function chooseHost(argv: readonly string[], env: Record<string, string | undefined>): string {
  if (argv.includes('--lan')) return ALL_INTERFACES
  return env.HOST === ALL_INTERFACES ? ALL_INTERFACES : LOOPBACK_HOST
}

/** This machine's IPv4 addresses other phones can reach (no loopback, no link-local). */
export function lanAddresses(interfaces: Record<string, NetworkInterfaceInfo[] | undefined>): string[] {
  const found: string[] = []
  for (const infos of Object.values(interfaces)) {
    for (const info of infos ?? []) {
      const v4 = info.family === 'IPv4' || (info.family as unknown) === 4
      if (v4 && !info.internal && !info.address.startsWith('169.254.')) found.push(info.address)
    }
  }
  return [...new Set(found)]
}

/** The address a tester scans: the mock H5 as a persona, with the tester console open. */
export function phoneUrl(address: string, port: number, persona: string): string {
  return `http://${address}:${port}/?persona=${encodeURIComponent(persona)}&tester=1`
}

/** What `npm start -- --lan` prints: every LAN address, and a scannable code for the first. */
export function lanBanner(addresses: string[], h5Port: number, mockPort: number, persona: string): string {
  if (addresses.length === 0) {
    return '  LAN: no network address found (is Wi-Fi on?); the servers listen on every interface anyway.'
  }
  const lines = addresses.map((a) => `    ${phoneUrl(a, h5Port, persona)}    HTTP mock: http://${a}:${mockPort}/api/v1`)
  const qr = renderUnicodeCompact(phoneUrl(addresses[0], h5Port, persona), { border: 2 })
  return [
    '  On a phone on the same Wi-Fi, open (or scan):',
    ...lines,
    '',
    qr,
    '  Plain HTTP on a LAN address has no service worker: the mock runs in the page (console: [mock] transport: in-page).',
  ].join('\n')
}
