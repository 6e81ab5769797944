var assert = require('assert');
var sys = require('sys');
assert.strictEqual(sys, require('util'));
assert.strictEqual(typeof sys.inspect, 'function');
assert.strictEqual(sys.format('%s=%d', 'a', 1), 'a=1');
console.log('sys ok');
