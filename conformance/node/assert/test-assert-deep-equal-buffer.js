var assert = require('assert');

if (typeof Buffer === 'function') {
  assert.deepEqual(new Buffer([1, 2, 3]), new Buffer([1, 2, 3]));
  assert.notDeepEqual(new Buffer([1, 2, 3]), new Buffer([1, 2, 4]));
  assert.notDeepEqual(new Buffer([1, 2]), new Buffer([1, 2, 3]));
}
console.log('buffers ok');
