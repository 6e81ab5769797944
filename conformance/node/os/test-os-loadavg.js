var assert = require('assert');
var os = require('os');

var l = os.loadavg();
assert.ok(Array.isArray(l)); assert.strictEqual(l.length, 3);
l.forEach(function (x) { assert.strictEqual(typeof x, 'number'); assert.ok(x >= 0); });
console.log('loadavg ok');
