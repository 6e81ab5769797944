// The implemented subset: path-based reads and writes. Descriptors, streams
// and watchers are absent, not faked.
var assert = require('assert');
var fs = require('fs');

['readFileSync', 'readFile', 'existsSync', 'exists', 'statSync', 'stat', 'lstatSync', 'lstat',
  'readdirSync', 'readdir', 'realpathSync', 'realpath', 'accessSync', 'access'
].forEach(function (name) {
  assert.strictEqual(typeof fs[name], 'function', name);
});
assert.strictEqual(typeof fs.Stats, 'function');
console.log('read-only functions present');

['writeFileSync', 'writeFile', 'appendFileSync', 'appendFile', 'mkdirSync', 'mkdir',
  'rmdirSync', 'unlinkSync', 'renameSync', 'chmodSync', 'symlinkSync', 'truncateSync',
  'utimesSync'
].forEach(function (name) {
  assert.strictEqual(typeof fs[name], 'function', name);
});
console.log('path-based write functions present');

['openSync', 'open', 'closeSync', 'readSync', 'createReadStream', 'createWriteStream', 'watch',
  'watchFile', 'fstatSync'
].forEach(function (name) {
  assert.strictEqual(typeof fs[name], 'undefined', name);
});
console.log('descriptor, stream and watcher functions absent');

assert.throws(function () {
  fs.readFileSync(__filename, { flag: 'w' });
}, /not supported yet/);
console.log('write flags refused');
