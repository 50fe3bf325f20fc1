// Five builds: the first generates; the second, after the spec lost findPetsByTags and PetPage
// and Pet gained nickname, generates again and leaves nothing stale; the third, with no change,
// neither generates nor compiles; the fourth and fifth follow a new processor and a new option.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD SUCCESS/)
assert builds.length == 6 : "five successful builds expected:\n" + log

assert builds[0].contains('Compiling 2 source files')
assert !builds[0].contains('Recordgen: ')

assert builds[1].contains('Recordgen: openapi/pets.yaml changed.'), builds[1]
assert builds[1].contains('Compiling 2 source files'), builds[1]

assert builds[2].contains('Recordgen: openapi/pets.yaml, its options and the processor are unchanged'), builds[2]
assert builds[2].contains('Nothing to compile'), builds[2]
assert !builds[2].contains('Compiling'), builds[2]

def sources = new File(basedir, 'target/generated-sources/annotations/com/example/pets')
def classes = new File(basedir, 'target/classes/com/example/pets')
assert !new File(sources, 'api/PetsApi.java').text.contains('findPetsByTags')
assert new File(sources, 'model/Pet.java').text.contains('nickname')
assert !new File(sources, 'model/PetPage.java').exists()
assert !new File(classes, 'model/PetPage.class').exists()
assert !new File(classes, 'api').listFiles().any { it.name.startsWith('FindPetsByTags') }
assert !new File(classes, 'api/PetsApi.class').getText('ISO-8859-1').contains('findPetsByTags')
assert !new File(classes, 'api/PetsApiImpl.class').getText('ISO-8859-1').contains('findPetsByTags')
assert new File(classes, 'model/Pet.class').getText('ISO-8859-1').contains('nickname')
def record = new File(basedir,
    'target/generated-sources/annotations/META-INF/recordgen/com.example.package-info.record')
assert record.text.contains('type\tcom.example.pets.model.Pet\n')
assert !record.text.contains('PetPage')

// A rebuilt processor jar and a changed option each make the next build generate again.
assert builds[3].contains('the generator jar '), builds[3]
assert builds[3].contains('recordgen-processor-'), builds[3]
assert builds[3].contains('Compiling 2 source files'), builds[3]
assert builds[4].contains('the -Arecordgen options changed'), builds[4]
assert builds[4].contains('Compiling 2 source files'), builds[4]
