String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tristate: skipped') : 'the skip was not logged'
assert !log.contains('Tristate: generated')

File out = new File(basedir, 'target/generated-sources/tristate')
List<File> javaFiles = []
if (out.exists()) {
    out.eachFileRecurse { if (it.name.endsWith('.java')) javaFiles << it }
}
assert javaFiles.isEmpty() : "skip still generated: ${javaFiles}"
assert new File(basedir, 'target/classes/it/skip/Hello.class').isFile() : 'the project did not compile'
true
