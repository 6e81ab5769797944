// fs.unlinkSync / fs.renameSync and their errors.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var h = require('./w-helpers');
var redo = h.redo, rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('unlink-rename');

var a = path.join(dir, 'a.txt');
var b = path.join(dir, 'b.txt');

fs.writeFileSync(a, 'A');
redo('ENOENT', function () { fs.unlinkSync(a); });
assert.strictEqual(fs.existsSync(a), false);
console.log('file unlinked');

expectError(function () { fs.unlinkSync(a); }, 'ENOENT', "ENOENT, unlink '" + a + "'");
var e = expectError(function () { fs.unlinkSync(dir); }, 'EISDIR', "EISDIR, unlink '" + dir + "'");
assert.strictEqual(e.syscall, 'unlink');
console.log('unlink errors');

// A re-run rename finds its source gone (ENOENT): the state checks decide.
fs.writeFileSync(a, 'A');
rmrf(b);
redo('ENOENT', function () { fs.renameSync(a, b); });
assert.strictEqual(fs.existsSync(a), false);
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'A');
console.log('file renamed');

fs.writeFileSync(a, 'new A');
fs.writeFileSync(b, 'old B');
redo('ENOENT', function () { fs.renameSync(a, b); });
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'new A');
assert.strictEqual(fs.existsSync(a), false);
console.log('rename replaces an existing file');

expectError(function () { fs.renameSync(a, b); }, 'ENOENT', "ENOENT, rename '" + a + "'");
var d1 = path.join(dir, 'd1');
var d2 = path.join(dir, 'd2');
redo('EEXIST', function () { fs.mkdirSync(d1); });
redo('EEXIST', function () { fs.mkdirSync(d2); });
fs.writeFileSync(path.join(d2, 'f'), 'f');
expectError(function () { fs.renameSync(d1, d2); }, 'ENOTEMPTY', "ENOTEMPTY, rename '" + d2 + "'");
expectError(function () { fs.renameSync(b, d2); }, 'EISDIR', "EISDIR, rename '" + b + "'");
console.log('rename errors name the path v0.12 names');

var d3 = path.join(dir, 'd3');
rmrf(d3);
redo('ENOENT', function () { fs.renameSync(d1, d3); });
assert.ok(fs.statSync(d3).isDirectory());
assert.strictEqual(fs.existsSync(d1), false);
console.log('directory renamed');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
