// v0.12: a Date alone prints Date.prototype.toString(); a Date with own
// properties prints toUTCString() as the base inside braces.
var assert = require('assert');
var util = require('util');
var d = new Date(86400000);
assert.strictEqual(util.inspect(d), Date.prototype.toString.call(d));
console.log('date uses toString');
d.label = 'day one';
assert.strictEqual(util.inspect(d), "{ Fri, 02 Jan 1970 00:00:00 GMT label: 'day one' }");
console.log('date with properties uses toUTCString');
assert.strictEqual(util.inspect(new Date(NaN)), 'Invalid Date');
console.log('invalid date');
assert.strictEqual(util.inspect({ when: new Date(0) }), '{ when: ' + new Date(0).toString() + ' }');
console.log('nested date');
