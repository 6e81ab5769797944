var assert = require('assert');
var constants = require('constants');

assert.strictEqual(constants.F_OK, 0); assert.strictEqual(constants.R_OK, 4);
assert.strictEqual(constants.W_OK, 2); assert.strictEqual(constants.X_OK, 1);
console.log('access ok');
