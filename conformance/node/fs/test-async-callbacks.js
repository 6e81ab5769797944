// The callback forms: results equal the sync forms, delivered on a later
// turn (after the synchronous code and its nextTicks).
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var fixtures = path.join(__dirname, 'fixtures');
var hello = path.join(fixtures, 'hello.txt');
var events = [];

fs.readFile(hello, function (err, data) {
  assert.strictEqual(err, null);
  assert.ok(Buffer.isBuffer(data));
  assert.strictEqual(data.toString(), 'Hello, persha!\n');
  events.push('readFile');
});
fs.readFile(hello, 'utf8', function (err, data) {
  assert.strictEqual(data, 'Hello, persha!\n');
  events.push('readFile utf8');
});
fs.readFile(hello, { encoding: 'hex' }, function (err, data) {
  assert.strictEqual(data, '48656c6c6f2c20706572736861210a');
  events.push('readFile hex');
});
fs.readFile(path.join(fixtures, 'missing.txt'), function (err, data) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, "ENOENT, open '" + path.join(fixtures, 'missing.txt') + "'");
  assert.strictEqual(data, undefined);
  events.push('readFile error');
});
fs.stat(hello, function (err, st) {
  assert.strictEqual(err, null);
  assert.ok(st instanceof fs.Stats);
  assert.strictEqual(st.size, 15);
  events.push('stat');
});
fs.lstat(path.join(fixtures, 'link-to-hello.txt'), function (err, st) {
  assert.strictEqual(st.isSymbolicLink(), true);
  events.push('lstat');
});
fs.readdir(path.join(fixtures, 'dir'), function (err, names) {
  assert.deepEqual(names.sort(), ['a.txt', 'b.json', 'sub']);
  events.push('readdir');
});
fs.exists(hello, function (yes) {
  assert.strictEqual(yes, true);
  events.push('exists');
});
fs.exists(path.join(fixtures, 'nope'), function (yes) {
  assert.strictEqual(yes, false);
  events.push('exists not');
});
fs.realpath(path.join(fixtures, 'link-to-dir'), function (err, p) {
  assert.strictEqual(err, null);
  assert.strictEqual(path.basename(p), 'dir');
  events.push('realpath');
});
fs.access(path.join(fixtures, 'nope'), fs.R_OK, function (err) {
  assert.strictEqual(err.code, 'ENOENT');
  events.push('access');
});
fs.stat('a\u0000b', function (err) {
  assert.strictEqual(err.code, 'ENOENT');
  events.push('null byte');
});
process.nextTick(function () {
  events.push('nextTick');
});
events.push('sync');

setTimeout(function () {
  assert.deepEqual(events, ['sync', 'nextTick', 'readFile', 'readFile utf8', 'readFile hex',
    'readFile error', 'stat', 'lstat', 'readdir', 'exists', 'exists not', 'realpath', 'access',
    'null byte']);
  console.log('callbacks arrived in order: ' + events.length);
}, 20);
