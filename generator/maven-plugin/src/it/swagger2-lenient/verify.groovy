// By default the Swagger 2.0 document's defect is a located warning, and the client compiles.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] [RG009] #/definitions/Thing/properties/tags: '), log
assert log.contains('items may be any JSON value'), log
def generated = new File(basedir, 'target/generated-sources/recordgen/com/example/things')
assert new File(generated, 'model/Thing.java').isFile()
assert new File(basedir, 'target/classes/com/example/things/api/DefaultApi.class').isFile()
