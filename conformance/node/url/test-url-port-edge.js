var assert = require('assert');
var url = require('url');

var u = url.parse('http://x.com:/a');
console.log(JSON.stringify([u.host, u.port, u.href]));
var v = url.parse('http://x.com:0080/');
console.log(JSON.stringify([v.host, v.port, v.href]));
