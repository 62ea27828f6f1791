import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

String log = new File(basedir, 'build.log').getText('UTF-8')
Path root = basedir.toPath()
String spec = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml')).properties.spec.text()
String modelsPackage = 'dev.tristate.samples.connections'

/** Every .java file below dir, by relative path, with its bytes. */
Map<String, byte[]> javaFiles(Path dir) {
    assert Files.isDirectory(dir) : "no output in ${dir}"
    Map<String, byte[]> files = new TreeMap<>()
    Files.walk(dir).withCloseable { stream ->
        stream.filter { Files.isRegularFile(it) && it.toString().endsWith('.java') }.forEach {
            files.put(dir.relativize(it).toString().replace('\\', '/'), Files.readAllBytes(it))
        }
    }
    files
}

void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected, String what) {
    assert actual.keySet() == expected.keySet() : "${what}: other files than tristate:generate's: ${actual.keySet()} vs ${expected.keySet()}"
    expected.each { name, bytes ->
        assert Arrays.equals(actual[name], bytes) : "${what}: ${name} differs from tristate:generate's"
    }
}

// 1: openapi-generator-maven-plugin ran the adapter, found through ServiceLoader, and javac compiled the models.
assert log =~ /Tristate: generated 13 files \(13 changed, 0 deleted\) in \d+ ms into .*generated-sources.openapi.src.main.java/
assert new File(basedir, 'target/classes/dev/tristate/samples/connections/Connection.class').isFile() : 'not compiled'
assert new File(basedir, 'target/classes/dev/tristate/samples/connections/ConnectSessionTokenAuthLink$Builder.class').isFile()

// 2: the reference, by Tristate's own Maven plugin.
assert log =~ /Tristate: generated 13 files \(13 changed, 0 deleted\).* into .*tristate-reference/

// 3: a refused option names itself, through openapi-generator-maven-plugin's error log.
assert log.contains("library 'native': Tristate has no libraries (it generates models only, with Jackson 2 annotations and no HTTP client); remove <library>")

// 4: a spec Tristate cannot generate: every problem as path:line:col.
assert log.contains('Tristate cannot generate models from src/main/openapi/broken.yaml:')
assert log =~ '(?m)^src/main/openapi/broken\\.yaml:11:\\d+: dangling \\$ref \'#/components/schemas/Owner\''
assert log =~ '(?m)^src/main/openapi/broken\\.yaml:13:\\d+: unknown type \'integr\''

Map<String, byte[]> reference = javaFiles(root.resolve('target/tristate-reference'))
assert reference.size() == 13 : reference.keySet()
assert reference.keySet().every { it.startsWith(modelsPackage.replace('.', '/') + '/') }

// Byte for byte: openapi-generator-maven-plugin + adapter = tristate:generate (after 3 and 4 wrote nothing).
Path hostedRoot = root.resolve('target/generated-sources/openapi')
assertSameFiles(javaFiles(hostedRoot.resolve('src/main/java')), reference, 'openapi-generator-maven-plugin')

// Besides the models, only OpenAPI Generator's metadata (its plugin adds the spec's hash) and Tristate's state.
List<String> others = []
Files.walk(hostedRoot).withCloseable { stream ->
    stream.filter { Files.isRegularFile(it) }.map { hostedRoot.relativize(it).toString().replace('\\', '/') }
            .filter { !it.startsWith('src/main/java/') }.forEach { others << it }
}
assert others.sort() == ['.openapi-generator-ignore', '.openapi-generator/FILES', '.openapi-generator/VERSION',
                         '.openapi-generator/connections.yaml-default.sha256',
                         '.tristate/model.json', '.tristate/state.txt'] : others

// The CLI: openapi-generator-cli 7.25.0 with the adapter, Tristate's generator and JavaPoet on the class path.
File lib = new File(basedir, 'target/cli-lib')
List<File> jars = lib.listFiles().toList().sort { it.name }
File cliJar = jars.find { it.name.startsWith('openapi-generator-cli-') }
assert cliJar != null && jars.size() == 4 : jars
String classpath = ([cliJar] + (jars - cliJar)).join(File.pathSeparator)
Path cliOutput = root.resolve('target/cli-output')
List<String> command = [new File(System.getProperty('java.home'), 'bin/java').path, '-cp', classpath,
                        'org.openapitools.codegen.OpenAPIGenerator', 'generate', '-g', 'tristate', '-i', spec,
                        '-o', cliOutput.toString(), '--model-package', modelsPackage,
                        '--global-property', 'models,supportingFiles']
Process process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
String cliLog = process.inputStream.getText('UTF-8')
assert process.waitFor(300, TimeUnit.SECONDS)
new File(basedir, 'cli.log').setText(command.join(' ') + '\n' + cliLog, 'UTF-8')
assert process.exitValue() == 0 : "CLI failed:\n${cliLog}"
assert cliLog =~ /Tristate: generated 13 files \(13 changed, 0 deleted\)/ : cliLog
assertSameFiles(javaFiles(cliOutput.resolve('src/main/java')), reference, 'openapi-generator CLI')
true
