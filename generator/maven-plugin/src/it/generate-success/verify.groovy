// The plugin generated the client, added the source root, and the project compiled against it.
def generated = new File(basedir, 'target/generated-sources/recordgen/com/example/pets')
assert new File(generated, 'model/Pet.java').isFile()
assert new File(generated, 'api/PetsApi.java').isFile()
assert new File(generated, 'api/PetsApiImpl.java').isFile()
assert new File(basedir, 'target/classes/com/example/pets/model/Pet.class').isFile()
assert new File(basedir, 'target/classes/com/example/Main.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Recordgen: generated')
assert !log.contains('up to date')
assert !new File(basedir, 'target/generated-sources').listFiles().any { it.name.contains('.tmp-') }
