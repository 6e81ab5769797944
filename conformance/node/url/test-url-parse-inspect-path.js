var url = require('url');
console.log(url.parse('/just/a/path?x=1&y=2', true));
