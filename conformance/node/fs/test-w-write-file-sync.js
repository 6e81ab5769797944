// fs.writeFileSync: strings in each encoding, Buffers, flags, modes and errors.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var h = require('./w-helpers');
var redo = h.redo, rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('write-file-sync');

var f = path.join(dir, 'a.txt');

fs.writeFileSync(f, 'héllo');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'héllo');
assert.strictEqual(fs.readFileSync(f).length, 6);
console.log('utf8 string written');

fs.writeFileSync(f, '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello');
fs.writeFileSync(f, 'aGk=', { encoding: 'base64' });
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hi');
console.log('encodings honoured');

var buf = new Buffer([0, 1, 2, 255, 254]);
fs.writeFileSync(f, buf);
assert.deepEqual(Array.prototype.slice.call(fs.readFileSync(f)), [0, 1, 2, 255, 254]);
fs.writeFileSync(f, buf.slice(1, 3));
assert.deepEqual(Array.prototype.slice.call(fs.readFileSync(f)), [1, 2]);
console.log('buffers and slices written');

fs.writeFileSync(f, 12345);
assert.strictEqual(fs.readFileSync(f, 'utf8'), '12345');
fs.writeFileSync(f, '');
assert.strictEqual(fs.statSync(f).size, 0);
console.log('non-strings coerced, empty truncates');

var m = path.join(dir, 'mode.txt');
fs.writeFileSync(m, 'x', { mode: parseInt('600', 8) });
assert.strictEqual(fs.statSync(m).mode & parseInt('777', 8), parseInt('600', 8));
console.log('mode applied on create');

expectError(function () { fs.writeFileSync(f, 'y', { flag: 'wx' }); },
  'EEXIST', "EEXIST, open '" + f + "'");
var x = path.join(dir, 'x.txt');
redo('EEXIST', function () { fs.writeFileSync(x, 'new', { flag: 'wx' }); });
assert.strictEqual(fs.readFileSync(x, 'utf8'), 'new');
console.log('wx refuses an existing file, creates a new one');

var missing = path.join(dir, 'no', 'such.txt');
var e = expectError(function () { fs.writeFileSync(missing, 'z'); },
  'ENOENT', "ENOENT, open '" + missing + "'");
assert.strictEqual(e.path, missing);
assert.strictEqual(e.syscall, 'open');
assert.ok(e.errno < 0);
expectError(function () { fs.writeFileSync(dir, 'z'); }, 'EISDIR', "EISDIR, open '" + dir + "'");
var under = path.join(f, 'child');
expectError(function () { fs.writeFileSync(under, 'z'); }, 'ENOTDIR', "ENOTDIR, open '" + under + "'");
console.log('open errors in the v0.12 shape');

assert.throws(function () { fs.writeFileSync(f, 'z', 'no-such-encoding'); }, /Unknown encoding/);
assert.throws(function () { fs.writeFileSync(f, 'z', 42); }, TypeError);
console.log('bad options refused');

// Relative paths resolve against process.cwd().
var cwd = process.cwd();
process.chdir(dir);
fs.writeFileSync('rel.txt', 'relative');
process.chdir(cwd);
assert.strictEqual(fs.readFileSync(path.join(dir, 'rel.txt'), 'utf8'), 'relative');
console.log('relative path resolved against cwd');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
