#!/usr/bin/env node
import module from 'node:module'

// Node 22.1+ keeps compiled code between runs, which start-up time is mostly made of; absent on Node 20.
module.enableCompileCache?.()
await import('../dist/cli.js')
