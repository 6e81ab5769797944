var assert = require('assert');
var url = require('url');

console.log(url.format({ protocol: 'http:', host: 'x.com', search: '?s=1', query: { q: 2 } }));
console.log(url.format({ protocol: 'http:', host: 'x.com', query: 'notobject' }));
console.log(url.format({ protocol: 'http:', host: 'x.com', search: 'a#b' }));
