var assert = require('assert');
var qs = require('querystring');

var seen = [];
var r = qs.parse('a=b&c=d', null, null, { decodeURIComponent: function (s) { seen.push(s); return s.toUpperCase(); } });
assert.deepEqual(r, { A: 'B', C: 'D' });
console.log(seen.join(','));
var r2 = qs.parse('x=%41', null, null, { decodeURIComponent: function () { throw new Error('no'); } });
console.log(r2);
