// _transform(chunk, encoding, cb): cb(null, data) pushes data; push() may be
// called any number of times; errors go to 'error'.
var assert = require('assert');
var stream = require('stream');

var doubler = new stream.Transform();
doubler._transform = function (chunk, enc, cb) {
  assert.strictEqual(enc, 'buffer');
  this.push(chunk);
  cb(null, chunk);
};
var out = '';
doubler.on('data', function (d) { out += d; });
doubler.on('end', function () {
  assert.strictEqual(out, 'aabbcc');
  console.log('doubled ' + out);
});
doubler.write('a');
doubler.write('b');
doubler.end('c');

// Asynchronous transform with a string-keeping writable side.
var asyncT = new stream.Transform({ decodeStrings: false });
var encs = [];
asyncT._transform = function (chunk, enc, cb) {
  encs.push(enc);
  setTimeout(function () { cb(null, String(chunk).split('').reverse().join('')); }, 1);
};
asyncT.setEncoding('utf8');
var parts = [];
asyncT.on('data', function (s) { parts.push(s); });
asyncT.on('end', function () {
  assert.deepEqual(parts, ['cba', 'fed']);
  assert.deepEqual(encs, ['utf8', 'hex']);
  console.log('reversed ' + parts.join(','));
});
asyncT.write('abc');
asyncT.end('def', 'hex');

// An error from _transform.
var failing = new stream.Transform();
failing._transform = function (c, e, cb) { cb(new Error('cannot transform')); };
failing.on('error', function (e) { console.log('transform error: ' + e.message); });
failing.write('x');

// The default _transform throws.
var plain = new stream.Transform();
assert.throws(function () { plain.write('x'); }, /not implemented/);
console.log('default transform throws');
