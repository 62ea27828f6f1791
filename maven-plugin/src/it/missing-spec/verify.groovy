String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /does-not-exist\.yaml(:\d+:\d+)?: / : 'build.log does not name the missing spec as a problem'
assert log.contains('MojoFailureException') : 'a missing spec must be a build failure, not an execution error'
assert !new File(basedir, 'target/generated-sources/tristate').list()?.length : 'something was generated'
true
