// Conversions are pure: the same input gives the same bytes across turns.
var assert = require('assert');
var s = 'persist \u00e9 \ud83d\ude00';
var first = new Buffer(s).toString('base64');
setTimeout(function () {
  assert.strictEqual(new Buffer(s).toString('base64'), first);
  assert.strictEqual(new Buffer(first, 'base64').toString(), s);
  console.log(first);
}, 1);
