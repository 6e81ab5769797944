var assert = require('assert');
var os = require('os');

var u = os.uptime();
assert.strictEqual(typeof u, 'number'); assert.ok(u > 0);
console.log('uptime ok');
