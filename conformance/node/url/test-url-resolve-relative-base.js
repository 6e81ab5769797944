var assert = require('assert');
var url = require('url');

console.log(url.resolve('a/b', '../../c'));
console.log(url.resolve('/a/b', '../../..'));
console.log(url.resolve('a/b/', 'c'));
console.log(url.resolve('mailto:a@b.com', 'mailto:c@d.com'));
console.log(url.resolve('mailto:a@b.com', 'x'));
console.log(url.resolve('http://a.com/x', 'mailto:z@y.com'));
console.log(url.resolve('http://a.com/x', 'https:b'));
