// path exposes the POSIX flavour plus path.posix and path.win32 (v0.12).
var assert = require('assert');
var path = require('path');
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
console.log('posix sep and delimiter');
assert.strictEqual(path.posix, path);
assert.strictEqual(typeof path.win32, 'object');
assert.notStrictEqual(path.win32, path);
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
console.log('posix and win32 objects');
var names = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'dirname',
  'basename', 'extname', 'parse', 'format', '_makeLong'];
names.forEach(function (n) {
  assert.strictEqual(typeof path[n], 'function', 'path.' + n);
  assert.strictEqual(typeof path.win32[n], 'function', 'path.win32.' + n);
});
console.log('all functions present on both flavours');
assert.strictEqual(require('path'), path);
console.log('module is cached');
