String log = new File(basedir, 'build.log').getText('UTF-8')
// Single-quoted strings: Groovy would read "$ref" in any other kind as a variable.
assert log.contains('api.yaml:9:18: $ref \'../../../../../../../../etc/passwd\' names a file outside the folders this spec may read') : 'no located refusal of the file in build.log'
assert log.contains('api.yaml:10:18: $ref \'https://attacker.example/pet.yaml#/Pet\' names a remote document, which is not fetched') : 'no located refusal of the URL in build.log'
assert log.contains('MojoFailureException') : 'a refused $ref must be a build failure, not an execution error'
assert !new File(basedir, 'target/generated-sources/tristate/it').exists() : 'a refused spec still generated'
true
