// Examples round-tripped; the comparison with the baseline found the breaking changes.
def log = new File(basedir, 'build.log').text
assert log.contains('Recordgen check: 1 examples, 1 through generated records'), log
assert log.contains('Recordgen check failed for pets.yaml:'), log
assert log.contains('the spec breaks clients of the baseline:'), log
assert log.contains('incompatible: GET /pets/{id} (responses)'), log
