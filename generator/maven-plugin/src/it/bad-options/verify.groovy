// Bad parameter values fail the build with a stable code per value, never a stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('Recordgen found 2 errors in the configuration of recordgen:generate'), log
assert log.contains('[RG042] #: <maxSpecBytes>0</maxSpecBytes> is not valid: the value must be a whole number of at least 1'), log
assert log.contains('[RG042] #: <maxDepth>-1</maxDepth> is not valid'), log
assert !log.contains('IllegalArgumentException'), log
assert !new File(basedir, 'target/generated-sources/recordgen').exists()
