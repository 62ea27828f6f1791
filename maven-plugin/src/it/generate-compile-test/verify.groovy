File generated = new File(basedir, 'target/generated-sources/tristate/it/pets/Pet.java')
assert generated.isFile() : "not generated: ${generated}"

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Tristate: generated 1 files \(1 changed, 0 deleted\) in \d+ ms into /
assert log.contains('Running it.pets.PetTest') : 'PetTest did not run'
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0/ : 'no passing test run in build.log'
true
