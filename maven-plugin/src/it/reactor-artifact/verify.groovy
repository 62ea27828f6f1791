String log = new File(basedir, 'build.log').getText('UTF-8')
def generated = log.findAll(/Tristate: generated \d+ files \(\d+ changed, 0 deleted\) and \d+ doc pages \(\d+ changed, 0 deleted\)/)
def skipped = log.findAll(/Tristate: skipped, \d+ files and \d+ doc pages up to date/)
assert generated.sort() == ['Tristate: generated 1 files (1 changed, 0 deleted) and 2 doc pages (2 changed, 0 deleted)',
                            'Tristate: generated 4 files (4 changed, 0 deleted) and 5 doc pages (5 changed, 0 deleted)',
                            'Tristate: generated 4 files (4 changed, 0 deleted) and 5 doc pages (5 changed, 0 deleted)'] : generated
assert skipped.size() == 3 : "the second build should skip all three executions: ${skipped}"

def a = new File(basedir, 'consumer-a/target')
assert new File(a, 'generated-sources/tristate/it/a/pets/Address.java').isFile()
assert new File(a, 'generated-sources/tristate/it/a/orders/Order.java').isFile()
assert new File(a, 'maven-status/tristate/pets/state.txt').isFile()
assert new File(a, 'maven-status/tristate/orders/state.txt').isFile()
assert new File(a, 'tristate/spec/pets/openapi/common/address.yaml').isFile() : 'referenced file not unpacked'
assert new File(a, 'classes/it/a/UsesBoth.class').isFile()
// Two named executions in one module: each writes its docs (and its own index) into a folder of its own.
assert new File(a, 'generated-docs/tristate/pets/README.md').text.contains('`it.a.pets`')
assert new File(a, 'generated-docs/tristate/orders/README.md').text.contains('`it.a.orders`')
assert new File(a, 'generated-docs/tristate/orders/Order.md').isFile()
assert new File(basedir, 'consumer-b/target/classes/it/b/UsesPets.class').isFile()
true
