// The fs surface of Node v0.12 on Linux.
var assert = require('assert');
var fs = require('fs');

['readFile', 'exists', 'stat', 'lstat', 'readdir', 'realpath', 'access', 'readlink',
  'writeFile', 'appendFile', 'mkdir', 'rmdir', 'unlink', 'rename', 'chmod', 'chown', 'symlink',
  'link', 'truncate', 'utimes'
].forEach(function (name) {
  assert.strictEqual(typeof fs[name], 'function', name);
  assert.strictEqual(typeof fs[name + 'Sync'], 'function', name + 'Sync');
});
console.log('path functions present');

['open', 'close', 'read', 'write', 'fstat', 'ftruncate', 'fsync', 'fdatasync', 'fchmod',
  'fchown', 'futimes'
].forEach(function (name) {
  assert.strictEqual(typeof fs[name], 'function', name);
  assert.strictEqual(typeof fs[name + 'Sync'], 'function', name + 'Sync');
});
console.log('descriptor functions present');

['createReadStream', 'createWriteStream', 'ReadStream', 'WriteStream', 'FileReadStream',
  'FileWriteStream', 'SyncWriteStream', 'watchFile', 'unwatchFile', 'Stats'
].forEach(function (name) {
  assert.strictEqual(typeof fs[name], 'function', name);
});
assert.strictEqual(fs.FileReadStream, fs.ReadStream);
assert.strictEqual(fs.FileWriteStream, fs.WriteStream);
console.log('streams and watchers present');

// v0.12 defines lchmod/lchown only where O_SYMLINK exists (not Linux);
// mkdtemp came later. (fs.watch is covered by test-watch.js.)
['lchmod', 'lchmodSync', 'lchown', 'lchownSync', 'mkdtemp', 'mkdtempSync'
].forEach(function (name) {
  assert.strictEqual(typeof fs[name], 'undefined', name);
});
console.log('lchmod, lchown and mkdtemp absent');

assert.strictEqual(Object.keys(fs).indexOf('_stringToFlags'), -1);
assert.strictEqual(typeof fs._stringToFlags, 'function');
assert.strictEqual(typeof fs._toUnixTimestamp, 'function');
assert.strictEqual(fs._toUnixTimestamp(new Date(1500)), 1.5);
console.log('hidden helpers');

assert.throws(function () {
  fs.readFileSync(__filename, { flag: 'q' });
}, /^Error: Unknown file open flag: q$/);
console.log('unknown flags refused');
