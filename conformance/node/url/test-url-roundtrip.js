var assert = require('assert');
var url = require('url');

['http://a.com/', 'https://u:p@b.org:81/x/y?z=1#w', 'ftp://c.net/f.txt', 'file:///tmp/x', 'mailto:a@b.c', '/rel/path?q', 'http://[::1]/'].forEach(function (s) {
  var f = url.format(url.parse(s));
  assert.strictEqual(f, s, s);
  console.log('roundtrip', f);
});
