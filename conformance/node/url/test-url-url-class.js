var assert = require('assert');
var url = require('url');

var u = new url.Url();
console.log(Object.keys(u).length, u.href);
u.parse('http://z.com/a');
console.log(u.host, u.href, url.parse(u) === u);
