// The second run found the spec and options unchanged and did not generate again.
def log = new File(basedir, 'build.log').text
assert log.contains('Recordgen: generated'), log
assert log.contains('pets.yaml is up to date in'), log
assert new File(basedir, 'target/generated-sources/recordgen/.recordgen-build-record').isFile()
