var assert = require('assert');
var qs = require('querystring');

var objs = [{ a: '1' }, { 'sp ace': 'v&l', x: ['1', '2'] }, { u: '日本語', e: '' }];
objs.forEach(function (o, i) {
  var s = qs.stringify(o);
  assert.deepEqual(qs.parse(s), o);
  console.log('roundtrip ' + i + ': ' + s);
});
