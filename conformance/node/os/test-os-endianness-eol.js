var assert = require('assert');
var os = require('os');

assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.EOL, '\n');
console.log(os.endianness(), JSON.stringify(os.EOL));
