import fs from 'node:fs'
import path from 'node:path'

/**
 * A member build's devtools project file, without the tester's compile modes: `project.config.json`
 * at the root carries `condition` (scripts/compile-modes.ts: personas, scenarios, the tester console)
 * for the mock build, and Taro copies that file into the build. The copy it reads for a member
 * build is written here, beside node_modules' other caches; the path is relative to the project.
 */
export function memberProjectConfigName(root: string, name = 'project.config.json'): string {
  const relative = path.join('node_modules', '.cache', 'member-circle', name)
  const project = JSON.parse(fs.readFileSync(path.join(root, name), 'utf8')) as Record<string, unknown>
  delete project.condition
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
  fs.writeFileSync(path.join(root, relative), `${JSON.stringify(project, null, 2)}\n`)
  return relative
}
