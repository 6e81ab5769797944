// fs.mkdirSync / fs.rmdirSync and their errors.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var h = require('./w-helpers');
var redo = h.redo, rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('mkdir-rmdir');

var sub = path.join(dir, 'sub');
redo('EEXIST', function () { fs.mkdirSync(sub); });
assert.ok(fs.statSync(sub).isDirectory());
console.log('directory made');

expectError(function () { fs.mkdirSync(sub); }, 'EEXIST', "EEXIST, mkdir '" + sub + "'");
var deep = path.join(dir, 'a', 'b');
expectError(function () { fs.mkdirSync(deep); }, 'ENOENT', "ENOENT, mkdir '" + deep + "'");
var file = path.join(dir, 'file');
fs.writeFileSync(file, 'f');
var underFile = path.join(file, 'd');
expectError(function () { fs.mkdirSync(underFile); }, 'ENOTDIR', "ENOTDIR, mkdir '" + underFile + "'");
console.log('mkdir errors');

var priv = path.join(dir, 'priv');
redo('EEXIST', function () { fs.mkdirSync(priv, parseInt('700', 8)); });
assert.strictEqual(fs.statSync(priv).mode & parseInt('777', 8), parseInt('700', 8));
var str = path.join(dir, 'str');
redo('EEXIST', function () { fs.mkdirSync(str, '750'); });
assert.strictEqual(fs.statSync(str).mode & parseInt('777', 8), parseInt('750', 8));
console.log('mkdir modes, numeric and octal string');

fs.writeFileSync(path.join(sub, 'inside'), 'i');
var e = expectError(function () { fs.rmdirSync(sub); }, 'ENOTEMPTY', "ENOTEMPTY, rmdir '" + sub + "'");
assert.strictEqual(e.syscall, 'rmdir');
assert.strictEqual(e.path, sub);
expectError(function () { fs.rmdirSync(file); }, 'ENOTDIR', "ENOTDIR, rmdir '" + file + "'");
var gone = path.join(dir, 'gone');
expectError(function () { fs.rmdirSync(gone); }, 'ENOENT', "ENOENT, rmdir '" + gone + "'");
console.log('rmdir errors');

redo('ENOENT', function () { fs.unlinkSync(path.join(sub, 'inside')); });
redo('ENOENT', function () { fs.rmdirSync(sub); });
assert.strictEqual(fs.existsSync(sub), false);
console.log('empty directory removed');

var cwd = process.cwd();
process.chdir(dir);
redo('EEXIST', function () { fs.mkdirSync('rel'); });
process.chdir(cwd);
assert.ok(fs.statSync(path.join(dir, 'rel')).isDirectory());
console.log('relative mkdir resolved against cwd');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
