// toJSON gives {type:'Buffer', data:[...]}, which the constructor accepts back.
var assert = require('assert');
var b = new Buffer('hi!');
var json = JSON.stringify(b);
assert.strictEqual(json, '{"type":"Buffer","data":[104,105,33]}');
var back = new Buffer(JSON.parse(json));
assert.strictEqual(back.toString(), 'hi!');
assert.deepEqual(b.toJSON(), { type: 'Buffer', data: [104, 105, 33] });
console.log(json);
