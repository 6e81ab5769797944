var assert = require('assert');
var qs = require('querystring');

var r = qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: function (s) { return '<' + s + '>'; } });
assert.strictEqual(r, '<a>=<b c>');
console.log(r);
