var assert = require('assert');
var constants = require('constants');

constants.ENOENT = 99;
assert.strictEqual(constants.ENOENT, 2);
delete constants.SIGINT;
assert.strictEqual(constants.SIGINT, 2);
assert.ok(Object.keys(constants).indexOf('EACCES') >= 0);
console.log('read-only ok');
