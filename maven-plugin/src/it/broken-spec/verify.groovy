String log = new File(basedir, 'build.log').getText('UTF-8')
// Compiler-style location of the syntax error on line 15 of the spec, passed through verbatim.
assert log =~ /broken\.yaml:15:\d+: / : 'no broken.yaml:15:<col>: problem in build.log'
assert log.contains('MojoFailureException') : 'a bad spec must be a build failure, not an execution error'

File out = new File(basedir, 'target/generated-sources/tristate')
List<File> javaFiles = []
if (out.exists()) {
    out.eachFileRecurse { if (it.name.endsWith('.java')) javaFiles << it }
}
assert javaFiles.isEmpty() : "a broken spec still generated: ${javaFiles}"
assert !new File(basedir, 'target/generated-docs').exists() : 'a broken spec still wrote docs'
true
