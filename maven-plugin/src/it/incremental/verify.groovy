String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.findAll(/Tristate: (generated \d+ files \(\d+ changed, \d+ deleted\)|skipped, \d+ files up to date)/)

assert runs.size() == 9 : "expected 9 successful plugin runs, got ${runs.size()}: ${runs}"
assert runs[0] == 'Tristate: generated 4 files (4 changed, 0 deleted)'
assert runs[1] == 'Tristate: skipped, 4 files up to date'
assert runs[2] == 'Tristate: generated 4 files (1 changed, 0 deleted)'
assert runs[3] == 'Tristate: generated 3 files (0 changed, 1 deleted)'
assert runs[4] == 'Tristate: generated 3 files (1 changed, 0 deleted)'
assert runs[5] == 'Tristate: generated 3 files (1 changed, 0 deleted)'
assert runs[6] == 'Tristate: generated 3 files (3 changed, 3 deleted)'
assert runs[7] == 'Tristate: generated 3 files (0 changed, 0 deleted)'
assert runs[8] == 'Tristate: generated 3 files (1 changed, 0 deleted)'

// Run 2: the compiler found nothing newer than its classes.
assert log.contains('Nothing to compile - all classes are up to date') : 'javac recompiled on a no-op run'
// Run 6: every error, compiler style, and a failure rather than an execution error.
assert log =~ /pets\.yaml:11:\d+: unknown type 'integr'/ : 'the broken spec was not reported with file:line:col'

File out = new File(basedir, 'target/generated-sources/tristate')
assert !new File(out, 'it/pets').exists() : 'the old package was not removed'
File renamed = new File(out, 'it/renamed')
assert renamed.list().sort() == ['Address.java', 'Owner.java', 'Pet.java'] : renamed.list()
assert new File(renamed, 'Pet.java').text.contains('Integer getAge') || new File(renamed, 'Pet.java').text.contains('Optional<Integer> getAge')

// Run 10 rewrote Pet.java only: it is newer than files last written by run 8, two builds earlier.
long pet = new File(renamed, 'Pet.java').lastModified()
long owner = new File(renamed, 'Owner.java').lastModified()
long address = new File(renamed, 'Address.java').lastModified()
assert pet - owner >= 1000 : "Pet.java (${pet}) should be newer than Owner.java (${owner})"
assert Math.abs(owner - address) < 1000 : 'Owner.java and Address.java were written by different runs'

File state = new File(basedir, 'target/maven-status/tristate/default/state.txt')
assert state.isFile() : 'no state for execution "default"'
true
