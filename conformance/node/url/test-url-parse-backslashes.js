var assert = require('assert');
var url = require('url');

var u = url.parse('http:\\\\evil.com\\foo');
console.log(u.host, u.pathname);
var v = url.parse('http://a.com/x\\y#frag\\z');
console.log(v.pathname, v.hash);
