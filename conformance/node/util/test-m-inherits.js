var assert = require('assert');
var util = require('util');
function Base() {}
Base.prototype.hello = function () { return 'hello'; };
function Child() { Base.call(this); }
util.inherits(Child, Base);
var c = new Child();
assert.strictEqual(c.hello(), 'hello');
assert.strictEqual(Child.super_, Base);
assert.strictEqual(Child.prototype.constructor, Child);
assert.ok(!Object.keys(Child.prototype).length);
console.log('inherits ok');
