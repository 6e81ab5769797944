var assert = require('assert');
var FreeList = require('freelist').FreeList;

var fl = new FreeList('args', 1, function (x, y) { return [x, y, this === fl]; });
assert.deepEqual(fl.alloc(1, 2), [1, 2, true]);
console.log('args ok');
