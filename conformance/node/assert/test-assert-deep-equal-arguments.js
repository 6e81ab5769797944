var assert = require('assert');

function args() { return arguments; }
assert.deepEqual(args(1, 2), args(1, 2));
assert.notDeepEqual(args(1, 2), [1, 2]);
assert.notDeepEqual([1, 2], args(1, 2));
assert.notDeepEqual(args(1), args(2));
console.log('arguments ok');
