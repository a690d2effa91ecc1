#!/usr/bin/env node
'use strict'
// CommonJS (bin/package.json): no ES module loader to start. The compiled code of the chunks is kept between
// runs (src/code-cache.ts); then the command line itself.
const { join } = require('node:path')
const dist = join(__dirname, '..', 'dist')
require(join(dist, 'code-cache.cjs')).enableCodeCache(dist)
require(join(dist, 'cli.cjs'))
