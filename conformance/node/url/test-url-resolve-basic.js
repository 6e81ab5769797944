var assert = require('assert');
var url = require('url');

[
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://example.com/a/b', 'c'], ['http://example.com/a/b/', 'c'], ['http://example.com/a/b', '../c'],
  ['http://example.com/a/b', './c'], ['http://example.com/a/b', '.'], ['http://example.com/a/b', '..'],
  ['http://example.com/a', 'http://other.com/b'], ['http://example.com/a', '//other.com/b'],
  ['http://example.com/a?x=1', '?y=2'], ['http://example.com/a?x=1', '#f'], ['http://example.com/a', '']
].forEach(function (p) { console.log(JSON.stringify(p), '=>', url.resolve(p[0], p[1])); });
