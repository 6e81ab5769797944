var assert = require('assert');
var os = require('os');

var t = os.totalmem(), f = os.freemem();
assert.strictEqual(typeof t, 'number'); assert.strictEqual(typeof f, 'number');
assert.ok(t > 0); assert.ok(f > 0); assert.ok(f <= t);
console.log('memory ok');
