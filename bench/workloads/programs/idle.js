// Memory: start, say so, then idle.
console.log('UP');
setInterval(function () {}, 1e9);
