// Only the read-only subset exists for now: everything else is absent, not
// faked.
var assert = require('assert');
var fs = require('fs');

['readFileSync', 'readFile', 'existsSync', 'exists', 'statSync', 'stat', 'lstatSync', 'lstat',
  'readdirSync', 'readdir', 'realpathSync', 'realpath', 'accessSync', 'access'
].forEach(function (name) {
  assert.strictEqual(typeof fs[name], 'function', name);
});
assert.strictEqual(typeof fs.Stats, 'function');
console.log('read-only functions present');

['writeFileSync', 'writeFile', 'appendFileSync', 'openSync', 'open', 'closeSync', 'readSync',
  'mkdirSync', 'unlinkSync', 'renameSync', 'createReadStream', 'createWriteStream', 'watch',
  'watchFile', 'chmodSync', 'symlinkSync', 'fstatSync'
].forEach(function (name) {
  assert.strictEqual(typeof fs[name], 'undefined', name);
});
console.log('write functions absent');

assert.throws(function () {
  fs.readFileSync(__filename, { flag: 'w' });
}, /not supported yet/);
console.log('write flags refused');
