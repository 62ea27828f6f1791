String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.findAll(/Tristate: (generated \d+ files \(\d+ changed, \d+ deleted\) and \d+ doc pages \(\d+ changed, \d+ deleted\)|skipped, \d+ files and \d+ doc pages up to date)/)

// Each run: the Java files, then the doc pages (one per model, plus README.md), each with what changed.
assert runs.size() == 9 : "expected 9 successful plugin runs, got ${runs.size()}: ${runs}"
assert runs[0] == 'Tristate: generated 4 files (4 changed, 0 deleted) and 5 doc pages (5 changed, 0 deleted)'
assert runs[1] == 'Tristate: skipped, 4 files and 5 doc pages up to date'
// 3: Pet gained a property: Pet.java and Pet.md
assert runs[2] == 'Tristate: generated 4 files (1 changed, 0 deleted) and 5 doc pages (1 changed, 0 deleted)'
// 4: Toy removed: Toy.java and Toy.md deleted, the index rewritten
assert runs[3] == 'Tristate: generated 3 files (0 changed, 1 deleted) and 4 doc pages (1 changed, 1 deleted)'
assert runs[4] == 'Tristate: generated 3 files (1 changed, 0 deleted) and 4 doc pages (1 changed, 0 deleted)'
assert runs[5] == 'Tristate: generated 3 files (1 changed, 0 deleted) and 4 doc pages (1 changed, 0 deleted)'
// 8: the package renamed: every Java file moves; of the docs only the index names the package
assert runs[6] == 'Tristate: generated 3 files (3 changed, 3 deleted) and 4 doc pages (1 changed, 0 deleted)'
assert runs[7] == 'Tristate: generated 3 files (0 changed, 0 deleted) and 4 doc pages (0 changed, 0 deleted)'
assert runs[8] == 'Tristate: generated 3 files (1 changed, 0 deleted) and 4 doc pages (1 changed, 0 deleted)'

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

// The docs followed the models: the removed schema's page is gone, the index lists what is left.
File docs = new File(basedir, 'target/generated-docs/tristate')
assert docs.list().sort() == ['Address.md', 'Owner.md', 'Pet.md', 'README.md'] : docs.list()
assert !new File(docs, 'Toy.md').exists() : 'the page of the removed schema Toy was not deleted'
assert new File(docs, 'Pet.md').text.contains('| `age` | *Optional&lt;Integer&gt;* |')
String index = new File(docs, 'README.md').text
assert index.contains('`it.renamed`') && !index.contains('Toy')
assert state.text.contains('\ndoc ') : 'the state does not record the doc pages'
true
