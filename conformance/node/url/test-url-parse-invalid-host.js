var assert = require('assert');
var url = require('url');

var u = url.parse('http://a.b_c.com!/x');
console.log(u.hostname, u.pathname);
var v = url.parse('http://x.com:abc/');
console.log(v.host, v.hostname, v.port, v.pathname);
var w = url.parse('http://' + new Array(300).join('a') + '.com/');
console.log('long host:', JSON.stringify(w.hostname));
