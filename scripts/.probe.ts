import { launchBrowser, newPhoneContext } from '../test/e2e/support/browser'
import { CATALOGUE, openCataloguePage } from '../test/e2e/support/page-catalogue'
import { auditPage, formatFindings } from '../test/e2e/support/visual-audit'
import { startStaticServer } from './lib/static-server'
async function main() {
  const server = await startStaticServer('/work/wt/j/dist/h5')
  const browser = await launchBrowser()
  const personas = (process.env.P ?? 'active').split(',')
  const pages = (process.env.PAGES ?? '').split(',').filter(Boolean)
  for (const persona of personas) for (const entry of CATALOGUE.filter((e) => !pages.length || pages.includes(e.name))) {
    const ctx = await newPhoneContext(browser); const page = await ctx.newPage()
    if (await openCataloguePage(page, server.url, entry, persona)) {
      await page.screenshot({ path: `/tmp/j-shots/${entry.name}-${persona}.png` })
      const f = await auditPage(page, { minTarget: entry.tester ? 32 : 44 })
      console.log(`== ${entry.name} ${persona} (${f.length})\n${formatFindings(f)}`)
    }
    await ctx.close()
  }
  await browser.close(); await server.close()
}
main()
