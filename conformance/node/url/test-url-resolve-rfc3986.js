var assert = require('assert');
var url = require('url');

var base = 'http://a/b/c/d;p?q';
['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h'].forEach(function (r) {
  console.log(r || '(empty)', '->', url.resolve(base, r));
});
