String log = new File(basedir, 'build.log').getText('UTF-8')

assert log =~ /pets\.yaml:11:9: wire-breaking change \(failOnBreakingChange\): Pet\.tag made required; new clients reading old JSON: old JSON may lack it: the read fails/
assert log =~ /pets\.yaml:14:11: wire-breaking change \(failOnBreakingChange\): PetKind enum value removed 'dog' \(DOG\)/
assert log.contains('Tristate: 2 changes (0 wire-breaking, 0 source-breaking) since the last run; report: ')

File report = new File(basedir, 'target/tristate/changes.md')
assert report.isFile()
String md = report.getText('UTF-8')
assert md.contains('| property added | `Pet.age` |')
assert md.contains("| enum value added | `PetKind` | 'bird' (BIRD) |")

// The failed builds generated nothing: the model has the compatible revision's age and bird, and tag is optional.
String pet = new File(basedir, 'target/generated-sources/tristate/it/pets/Pet.java').getText('UTF-8')
assert pet.contains('Optional<Integer> getAge()')
assert pet.contains('Optional<String> getTag()')

// The diff goal printed the report and failed on the breaking change.
assert log.contains('| made required | `Pet.tag` |')
assert log =~ /1 wire-breaking change\(s\) from \S*steps\/base\.yaml to \S*steps\/required\/pets\.yaml:\s+Pet\.tag made required/
assert new File(basedir, 'target/tristate/diff.md').isFile()
true
