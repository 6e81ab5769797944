var assert = require('assert');
var FreeList = require('freelist').FreeList;

var fl = new FreeList('none', 0, function () { return {}; });
var o = fl.alloc();
fl.free(o);
assert.strictEqual(fl.list.length, 0);
assert.notStrictEqual(fl.alloc(), o);
console.log('max zero ok');
