// fs.symlinkSync: relative and absolute targets, dangling links, errors.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var h = require('./w-helpers');
var redo = h.redo, rmrf = h.rmrf, expectError = h.expectError;
var dir = h.freshDir('symlink');

var target = path.join(dir, 'target.txt');
var link = path.join(dir, 'link');
fs.writeFileSync(target, 'through the link');

redo('EEXIST', function () { fs.symlinkSync('target.txt', link); });
assert.ok(fs.lstatSync(link).isSymbolicLink());
assert.ok(fs.statSync(link).isFile());
assert.strictEqual(fs.readFileSync(link, 'utf8'), 'through the link');
assert.strictEqual(fs.realpathSync(link), fs.realpathSync(target));
console.log('relative target stays relative to the link');

var abs = path.join(dir, 'abs');
redo('EEXIST', function () { fs.symlinkSync(target, abs, 'file'); });
assert.strictEqual(fs.readFileSync(abs, 'utf8'), 'through the link');
console.log('absolute target');

var dangling = path.join(dir, 'dangling');
redo('EEXIST', function () { fs.symlinkSync(path.join(dir, 'nowhere'), dangling); });
assert.ok(fs.lstatSync(dangling).isSymbolicLink());
assert.strictEqual(fs.existsSync(dangling), false);
console.log('dangling link');

expectError(function () { fs.symlinkSync('target.txt', link); }, 'EEXIST', "EEXIST, symlink '" + link + "'");
var nodir = path.join(dir, 'no', 'l');
expectError(function () { fs.symlinkSync('target.txt', nodir); }, 'ENOENT', "ENOENT, symlink 'target.txt'");
console.log('symlink errors name the path v0.12 names');

redo('ENOENT', function () { fs.unlinkSync(link); });
assert.strictEqual(fs.existsSync(link), false);
assert.strictEqual(fs.existsSync(target), true);
console.log('unlinking a link keeps its target');

rmrf(dir);
assert.strictEqual(fs.existsSync(dir), false);
console.log('cleaned up');
