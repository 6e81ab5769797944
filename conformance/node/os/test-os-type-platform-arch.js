var assert = require('assert');
var os = require('os');

assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
console.log(os.type(), os.platform(), os.arch());
