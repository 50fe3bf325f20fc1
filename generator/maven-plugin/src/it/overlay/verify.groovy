// The overlay changed the spec before it was read, and its action that matches nothing is a located warning.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] [RG046] #/actions/1/target: overlay fix.yaml: target'), log
def thing = new File(basedir, 'target/generated-sources/recordgen/com/example/things/model/Thing.java')
assert thing.text.contains('addedByOverlay')
assert new File(basedir, 'target/classes/com/example/things/model/Thing.class').isFile()
