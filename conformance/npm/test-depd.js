// depd: deprecation messages point at the caller's file and line, via
// Error.captureStackTrace / Error.prepareStackTrace CallSites.
var assert = require('assert');
var depd = require('depd');
var deprecate = depd('my-lib');

var seen = [];
process.on('deprecation', function (err) {
  seen.push(err);
});

function oldApi() { return 'old result'; }
var wrapped = deprecate.function(oldApi, 'oldApi() is going away');
assert.strictEqual(wrapped(), 'old result');
assert.strictEqual(seen.length, 1);
var err = seen[0];
assert.strictEqual(err.name, 'DeprecationError');
assert.strictEqual(err.namespace, 'my-lib');
assert.strictEqual(err.message, 'oldApi() is going away');
assert.strictEqual(err.stack.split('\n')[0],
  'DeprecationError: my-lib deprecated oldApi() is going away');
console.log('deprecate.function reported', err.namespace);

deprecate('plain message');
assert.strictEqual(seen.length, 2);
assert.strictEqual(seen[1].message, 'plain message');
console.log('deprecate(msg) reported');

var obj = { prop: 42 };
deprecate.property(obj, 'prop', 'obj.prop is deprecated');
assert.strictEqual(obj.prop, 42);
assert.strictEqual(seen.length, 3);
assert.strictEqual(seen[2].message, 'obj.prop is deprecated');
console.log('deprecate.property reported');

// Each call site warns once.
for (var i = 0; i < 3; i++) wrapped();
assert.strictEqual(seen.length, 4);
console.log('repeated call site reported once');

// Without 'deprecation' listeners, depd writes to stderr, naming the call
// site: this file and line.
process.removeAllListeners('deprecation');
var written = [];
var origWrite = process.stderr.write;
process.stderr.write = function (chunk) { written.push(String(chunk)); return true; };
function legacy() { return 1; }
var legacyWrapped = deprecate.function(legacy, 'legacy()');
legacyWrapped(); // line 49
process.stderr.write = origWrite;
assert.strictEqual(written.length, 1);
assert.ok(/my-lib deprecated legacy\(\) at .*test-depd\.js:49:/.test(written[0]), written[0]);
console.log('stderr warning names the call site');
