// Objects may define inspect(depth, opts): a string result is used as is,
// anything else is inspected in turn (v0.12 docs).
var assert = require('assert');
var util = require('util');
var obj = { name: 'nate' };
obj.inspect = function () { return '{' + this.name + '}'; };
assert.strictEqual(util.inspect(obj), '{nate}');
assert.strictEqual(util.inspect([obj]), '[ {nate} ]');
console.log('inspect returning a string');
assert.strictEqual(util.inspect({ inspect: function () { return { bar: 'baz' }; } }), "{ bar: 'baz' }");
assert.strictEqual(util.inspect({ inspect: function () { return 42; } }), '42');
console.log('inspect returning a value');
var seen;
util.inspect({ inspect: function (depth, opts) { seen = [depth, opts.showHidden, opts.depth]; return ''; } },
  { depth: 5, showHidden: true });
assert.deepEqual(seen, [5, true, 5]);
console.log('inspect receives depth and options');
assert.strictEqual(util.inspect({ inspect: 1 }), '{ inspect: 1 }');
function Thing() {}
Thing.prototype.inspect = function () { return 'a Thing'; };
assert.strictEqual(util.inspect(new Thing()), 'a Thing');
assert.strictEqual(util.inspect(Thing.prototype), '{ inspect: [Function] }');
console.log('prototype objects are not custom-inspected');
assert.strictEqual(util.inspect({ inspect: util.inspect }, { depth: 0 }), '{ inspect: [Object] }');
console.log('util.inspect itself is not called as a custom inspect');
