var assert = require('assert');
var url = require('url');

console.log(url.format({ protocol: 'http', host: 'a.com', pathname: 'x/y', query: { a: 1, b: [2, 3] } }));
console.log(url.format({ protocol: 'https:', hostname: 'b.com', port: 8443, pathname: '/p', search: 'q=1', hash: 'h' }));
console.log(url.format({ protocol: 'mailto', auth: 'me', hostname: 'x.org' }));
console.log(url.format({ hostname: '::1', port: '80', protocol: 'http' }));
console.log(url.format({ protocol: 'http', host: 'c.com', auth: 'us er:p@ss', pathname: '/a?b#c' }));
console.log(JSON.stringify(url.format({})));
