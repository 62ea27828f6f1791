File generated = new File(basedir, 'target/generated-sources/tristate/it/pets/Pet.java')
assert generated.isFile() : "not generated: ${generated}"

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Tristate: generated 1 files \(1 changed, 0 deleted\) and 2 doc pages \(2 changed, 0 deleted\) in \d+ ms into \S+; docs in \S+generated-docs[\/\\]tristate\n/
assert log.contains('Running it.pets.PetTest') : 'PetTest did not run'
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0/ : 'no passing test run in build.log'

// Docs by default: a page per model and an index, below target/generated-docs/tristate.
File docs = new File(basedir, 'target/generated-docs/tristate')
assert docs.list().sort() == ['Pet.md', 'README.md'] : docs.list()
String page = new File(docs, 'Pet.md').getText('UTF-8')
assert page.startsWith('# Pet\n')
assert page.contains('| Field | Type | Required | Description | Example |')
assert new File(docs, 'README.md').getText('UTF-8').contains('| [Pet](Pet.md) |')
true
