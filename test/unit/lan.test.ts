import type { NetworkInterfaceInfo } from 'node:os'
import jsQR from 'jsqr'
import { chooseHost, lanAddresses, lanBanner, phoneUrl } from '../../scripts/lib/lan'

const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({ address, family, internal }) as NetworkInterfaceInfo

/** Reads the terminal QR back: ▀ ▄ █ and space are two stacked modules each. */
function decodeTerminalQr(text: string): string | null {
  const rows = text.split('\n').filter((line) => /[▀▄█]/.test(line) || (line.length > 10 && line.trim() === ''))
  const width = Math.max(...rows.map((r) => r.length))
  const modules: boolean[][] = []
  for (const row of rows) {
    const top: boolean[] = []
    const bottom: boolean[] = []
    for (const ch of row.padEnd(width, ' ')) {
      top.push(ch === '▀' || ch === '█')
      bottom.push(ch === '▄' || ch === '█')
    }
    modules.push(top, bottom)
  }
  // uqr draws dark modules as blank and light ones as blocks on a dark terminal; try both ways.
  const scale = 4
  for (const invert of [false, true]) {
    const size = modules.length
    const data = new Uint8ClampedArray(width * scale * size * scale * 4)
    modules.forEach((row, y) =>
      row.forEach((on, x) => {
        const dark = invert ? !on : on
        for (let dy = 0; dy < scale; dy += 1)
          for (let dx = 0; dx < scale; dx += 1) {
            const i = ((y * scale + dy) * width * scale + (x * scale + dx)) * 4
            data.fill(dark ? 0 : 255, i, i + 3)
            data[i + 3] = 255
          }
      }),
    )
    const found = jsQR(data, width * scale, size * scale)
    if (found) return found.data
  }
  return null
}

describe('npm start -- --lan', () => {
  it('stays on loopback unless --lan or HOST=0.0.0.0 asks for every interface', () => {
    expect(chooseHost([], {})).toBe('127.0.0.1')
    expect(chooseHost([], { HOST: 'example.com' })).toBe('127.0.0.1')
    expect(chooseHost(['--lan'], {})).toBe('0.0.0.0')
    expect(chooseHost([], { HOST: '0.0.0.0' })).toBe('0.0.0.0')
  })

  it('lists the IPv4 addresses a phone can reach, without loopback, link-local or IPv6', () => {
    const found = lanAddresses({
      lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
      wlan0: [nic('192.168.1.23', 'IPv4'), nic('fe80::1', 'IPv6')],
      eth0: [nic('10.0.0.5', 'IPv4'), nic('169.254.3.4', 'IPv4')],
    })
    expect(found).toEqual(['192.168.1.23', '10.0.0.5'])
  })

  it('prints each LAN address and a QR code that scans to the first, as a persona with the tester console', () => {
    const banner = lanBanner(['192.168.1.23', '10.0.0.5'], 10086, 3100, 'at-risk')
    expect(banner).toContain('http://192.168.1.23:10086/?persona=at-risk&tester=1')
    expect(banner).toContain('HTTP mock: http://10.0.0.5:3100/api/v1')
    expect(decodeTerminalQr(banner)).toBe(phoneUrl('192.168.1.23', 10086, 'at-risk'))
    expect(lanBanner([], 10086, 3100, 'active')).toMatch(/no network address found/)
  })
})
