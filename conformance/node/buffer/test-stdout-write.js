// process.stdout.write and console.log accept Buffers.
process.stdout.write(new Buffer('written from a buffer\n'));
process.stdout.write(new Buffer('68657820656e636f6465640a', 'hex'));
console.log(new Buffer([0xde, 0xad]));
console.log('%s', new Buffer('as string'));
