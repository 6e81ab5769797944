// Error.prepareStackTrace receives CallSites; its result is `stack`.
var assert = require('assert');
Error.prepareStackTrace = function (err, sites) { return sites; };
function here() { return new Error('sites').stack; }
var sites = here();
Error.prepareStackTrace = undefined;
assert.ok(Array.isArray(sites));
var s0 = sites[0];
assert.strictEqual(s0.getFunctionName(), 'here');
assert.ok(/test-m-prepare\.js$/.test(s0.getFileName()));
assert.strictEqual(s0.getLineNumber(), 4);
assert.strictEqual(typeof s0.getColumnNumber(), 'number');
assert.strictEqual(s0.isNative(), false);
assert.strictEqual(s0.isEval(), false);
assert.strictEqual(s0.isConstructor(), false);
assert.strictEqual(s0.isToplevel(), false);
assert.ok(/^here \(.*test-m-prepare\.js:4:\d+\)$/.test(s0.toString()), s0.toString());
console.log('callsite of here:', s0.getFunctionName(), s0.getLineNumber());
var s1 = sites[1];
assert.strictEqual(s1.getFunctionName(), null);
assert.strictEqual(s1.isToplevel(), true);
assert.strictEqual(s1.getLineNumber(), 5);
['getThis', 'getTypeName', 'getFunction', 'getMethodName', 'getEvalOrigin'].forEach(function (m) {
  assert.strictEqual(typeof s1[m], 'function', m);
});
console.log('top-level callsite is anonymous');
Error.prepareStackTrace = function (err, cs) { return err.name + ' with ' + cs.length + ' frames'; };
var msg = new RangeError('r').stack;
Error.prepareStackTrace = undefined;
assert.strictEqual(msg, 'RangeError with 1 frames');
console.log('custom formatter result used:', msg);
