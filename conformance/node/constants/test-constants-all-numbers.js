var assert = require('assert');
var constants = require('constants');

var keys = Object.keys(constants);
assert.ok(keys.length > 100);
keys.forEach(function (k) { assert.strictEqual(typeof constants[k], 'number', k); assert.ok(/^[A-Z_0-9]+$/.test(k)); });
console.log('all numbers ok');
