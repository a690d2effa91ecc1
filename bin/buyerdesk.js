#!/usr/bin/env node
'use strict'
// CommonJS (bin/package.json): no ES module loader to start. The compiled code of the chunks is kept between
// runs (src/code-cache.ts); then the command line itself.
const { join } = require('node:path')
const dist = join(__dirname, '..', 'dist')
try {
  require(join(dist, 'code-cache.cjs')).enableCodeCache(dist)
} catch {
  // A cache that cannot be turned on (a missing or unreadable code-cache.cjs, a Node without the API, a
  // throwing hook) only costs the compile: the run goes on without it, silently.
}
require(join(dist, 'cli.cjs'))
