// Strict: the Swagger 2.0 document's defect fails the build, located in the 2.0 document.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [RG005] #/definitions/Thing/properties/tags: attribute components.schemas.Thing.items is missing'), log
assert !new File(basedir, 'target/generated-sources/recordgen').exists()
