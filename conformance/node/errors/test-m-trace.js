// console.trace prints "Trace: msg" and the caller's frames to stderr.
var assert = require('assert');
var out = [];
var orig = process.stderr.write;
process.stderr.write = function (s) { out.push(String(s)); return true; };
function traced() { console.trace('here %d', 7); }
traced();
process.stderr.write = orig;
var lines = out.join('').split('\n');
assert.strictEqual(lines[0], 'Trace: here 7');
assert.ok(/^    at traced \(.*test-m-trace\.js:6:\d+\)$/.test(lines[1]), lines[1]);
console.log('console.trace shows the caller first');
