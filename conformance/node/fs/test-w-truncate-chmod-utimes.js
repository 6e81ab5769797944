// fs.truncateSync, fs.chmodSync and fs.utimesSync (all idempotent).
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var h = require('./w-helpers');
var redo = h.redo, rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('truncate-chmod-utimes');

var f = path.join(dir, 't.txt');
fs.writeFileSync(f, 'abcdefgh');

fs.truncateSync(f, 3);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
fs.truncateSync(f, 5);
assert.deepEqual(Array.prototype.slice.call(fs.readFileSync(f)), [97, 98, 99, 0, 0]);
fs.truncateSync(f);
assert.strictEqual(fs.statSync(f).size, 0);
console.log('truncate shortens, extends with zeros, defaults to 0');

var missing = path.join(dir, 'missing');
expectError(function () { fs.truncateSync(missing, 1); }, 'ENOENT', "ENOENT, open '" + missing + "'");
expectError(function () { fs.truncateSync(dir, 1); }, 'EISDIR', "EISDIR, open '" + dir + "'");
console.log('truncate errors');

var mask = parseInt('777', 8);
fs.chmodSync(f, parseInt('640', 8));
assert.strictEqual(fs.statSync(f).mode & mask, parseInt('640', 8));
fs.chmodSync(f, '755');
assert.strictEqual(fs.statSync(f).mode & mask, parseInt('755', 8));
expectError(function () { fs.chmodSync(missing, 420); }, 'ENOENT', "ENOENT, chmod '" + missing + "'");
console.log('chmod with numeric and octal-string modes');

fs.utimesSync(f, 1000000000, 1234567890);
var st = fs.statSync(f);
assert.strictEqual(st.atime.getTime(), 1000000000000);
assert.strictEqual(st.mtime.getTime(), 1234567890000);
fs.utimesSync(f, new Date(1500000000500), new Date(1600000000250));
st = fs.statSync(f);
assert.strictEqual(st.atime.getTime(), 1500000000500);
assert.strictEqual(st.mtime.getTime(), 1600000000250);
console.log('utimes with seconds and Dates');

expectError(function () { fs.utimesSync(missing, 1, 1); }, 'ENOENT', "ENOENT, utime '" + missing + "'");
assert.throws(function () { fs.utimesSync(f, 'soon', 1); }, /Cannot parse time: soon/);
console.log('utimes errors');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
