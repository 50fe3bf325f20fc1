// Three builds: the first generates; the second, after the spec lost findPetsByTags and PetPage
// and Pet gained nickname, generates again and leaves no orphaned source or class; the third,
// with no change, neither generates nor compiles.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD SUCCESS/)
assert builds.length == 4 : "three successful builds expected:\n" + log

assert builds[0].contains('Recordgen: generated')
assert builds[1].contains('Recordgen: generated'), builds[1]
assert builds[1].contains('types left the spec'), builds[1]
assert builds[1].contains('Compiling'), builds[1]
assert builds[2].contains('pets.yaml is up to date in'), builds[2]
assert builds[2].contains('Nothing to compile'), builds[2]
assert !builds[2].contains('Compiling'), builds[2]

def sources = new File(basedir, 'target/generated-sources/recordgen/com/example/pets')
def classes = new File(basedir, 'target/classes/com/example/pets')
assert !new File(sources, 'api/PetsApi.java').text.contains('findPetsByTags')
assert new File(sources, 'model/Pet.java').text.contains('nickname')
assert !new File(sources, 'model/PetPage.java').exists()
assert !new File(classes, 'model/PetPage.class').exists()
assert !new File(classes, 'api').listFiles().any { it.name.startsWith('FindPetsByTags') }
assert !new File(classes, 'api/PetsApi.class').getText('ISO-8859-1').contains('findPetsByTags')
assert new File(classes, 'model/Pet.class').getText('ISO-8859-1').contains('nickname')
