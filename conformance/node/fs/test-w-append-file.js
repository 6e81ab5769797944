// fs.appendFileSync: creates, appends, honours flags; checks tolerate a crash re-run doubling the append in flight.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var h = require('./w-helpers');
var redo = h.redo, rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('append-file');

var f = path.join(dir, 'log.txt');

// Each append and its check share one turn; a kill -9 re-runs that turn and
// may repeat the append in flight, so the checks accept one or more copies.
fs.writeFileSync(f, 'base;');
fs.appendFileSync(f, 'one;');
assert.ok(/^base;(one;)+$/.test(fs.readFileSync(f, 'utf8')), fs.readFileSync(f, 'utf8'));
console.log('appended to an existing file');

var n = path.join(dir, 'new.txt');
rmrf(n);
fs.appendFileSync(n, new Buffer('ab'));
assert.ok(/^(ab)+$/.test(fs.readFileSync(n, 'utf8')));
console.log('append creates a missing file');

fs.writeFileSync(f, '');
fs.appendFileSync(f, '6869', 'hex');
fs.appendFileSync(f, { toString: function () { return '!'; } }, { encoding: 'utf8' });
assert.ok(/^(hi)+!+$/.test(fs.readFileSync(f, 'utf8')), fs.readFileSync(f, 'utf8'));
console.log('encodings and coercion in append');

fs.appendFileSync(f, 'W', { flag: 'w' });
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'W');
console.log('an explicit flag overrides a');

expectError(function () { fs.appendFileSync(f, 'z', { flag: 'ax' }); },
  'EEXIST', "EEXIST, open '" + f + "'");
var missing = path.join(dir, 'nodir', 'x');
expectError(function () { fs.appendFileSync(missing, 'z'); },
  'ENOENT', "ENOENT, open '" + missing + "'");
console.log('append errors in the v0.12 shape');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
