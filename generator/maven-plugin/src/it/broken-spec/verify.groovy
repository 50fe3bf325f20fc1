// The build failed with every located diagnostic and left no output behind.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [RG010] #/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/$ref: $ref "#/components/schemas/Pets" points to nothing'), log
assert log.contains('[ERROR] [RG010] #/components/schemas/Pet/properties/owner/$ref: $ref "#/components/schemas/Owner" points to nothing'), log
assert log.contains('Recordgen found 2 errors in pets.yaml:'), log
assert !new File(basedir, 'target/generated-sources/recordgen').exists()
def generatedSources = new File(basedir, 'target/generated-sources')
assert !generatedSources.exists() || generatedSources.listFiles().length == 0
