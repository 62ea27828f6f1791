package dev.tristate.generator;

import dev.tristate.generator.emit.JavaEmitter;
import dev.tristate.generator.naming.JavaNames;
import dev.tristate.generator.read.ModelReader;
import dev.tristate.generator.read.SpecProblemException;
import dev.tristate.generator.read.SpecReader;
import dev.tristate.generator.write.SourceWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point: a configuration in, Java sources on disk and a result out.
 * Reading, modelling and emission are separate steps; nothing is written until the whole spec has been read and
 * modelled without error, so a bad spec never leaves half an output behind.
 */
public final class Generator {

    public GenerationResult generate(GeneratorConfig config) throws GenerationException {
        checkPackageName(config.packageName());
        ModelReader.Result read;
        try {
            SpecReader.ReadSpec spec = new SpecReader().read(config.inputSpec(), config.inputSpec().toString());
            read = ModelReader.read(spec);
        } catch (SpecProblemException e) {
            throw new GenerationException(e.problems());
        }
        SourceWriter writer = new SourceWriter(config.outputDirectory());
        new JavaEmitter(read.model(), config.packageName()).emitAll(writer::write);
        return new GenerationResult(writer.written(), writer.changed(), read.warnings());
    }

    private static void checkPackageName(String packageName) throws GenerationException {
        List<Problem> problems = new ArrayList<>();
        if (packageName.isEmpty()) {
            problems.add(Problem.inConfiguration("packageName is empty; set it to a Java package such as com.acme.api"));
        }
        for (String segment : packageName.split("\\.", -1)) {
            if (packageName.isEmpty()) {
                break;
            }
            boolean identifier = !segment.isEmpty() && Character.isJavaIdentifierStart(segment.charAt(0))
                    && segment.chars().allMatch(Character::isJavaIdentifierPart);
            if (!identifier || JavaNames.isKeyword(segment)) {
                problems.add(Problem.inConfiguration("packageName '" + packageName
                        + "' is not a valid Java package name ('" + segment + "' is not an identifier)"));
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new GenerationException(problems);
        }
    }
}
