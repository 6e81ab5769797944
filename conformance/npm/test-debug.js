// debug@2: namespaced loggers, enabled by pattern, writing to stderr.
var assert = require('assert');
var debug = require('debug');
debug.enable('app:*,-app:secret');
var lines = [];
debug.log = function () {
  lines.push(require('util').format.apply(null, arguments));
};
var log = debug('app:main');
var hidden = debug('app:secret');
var other = debug('other');
assert.strictEqual(log.enabled, true);
assert.strictEqual(hidden.enabled, false);
assert.strictEqual(other.enabled, false);
log('hello %s', 'world');
hidden('never');
other('never either');
assert.strictEqual(lines.length, 1);
assert.ok(lines[0].indexOf('app:main') >= 0, lines[0]);
assert.ok(lines[0].indexOf('hello world') >= 0, lines[0]);
console.log('debug logged one enabled line');
assert.strictEqual(debug.enabled('app:x'), true);
assert.strictEqual(debug.enabled('zzz'), false);
console.log('debug.enabled patterns ok');
assert.strictEqual(typeof debug.humanize, 'function');
assert.strictEqual(debug.humanize(1500), '2s');
console.log('debug.humanize', debug.humanize(60000));
