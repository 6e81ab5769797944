var assert = require('assert');
var os = require('os');

var h = os.hostname();
assert.strictEqual(typeof h, 'string'); assert.ok(h.length > 0);
console.log('hostname ok');
