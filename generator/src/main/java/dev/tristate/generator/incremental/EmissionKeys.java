package dev.tristate.generator.incremental;

import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.emit.JavaEmitter;
import dev.tristate.generator.evolution.ModelJson;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.read.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The emission key of a type: a SHA-256 over everything its Java file is made from, namely the generator's version
 * and the configuration that reaches emission, the text every file shares ({@link JavaEmitter#sharedText}), the
 * type's own model and the models of the other types its emitter reads ({@link JavaEmitter#inputsBesides}). The
 * emitters are pure functions of these, so a file recorded with the same key, and untouched since, is the file
 * emitting would make again: a run after a spec change emits only the types whose key changed.
 */
public final class EmissionKeys {

    private final JavaEmitter emitter;
    private final String base;

    public EmissionKeys(GeneratorConfig config, JavaEmitter emitter) {
        this.emitter = emitter;
        StringBuilder text = new StringBuilder("tristate-emission 1\n").append(GeneratorVersion.get()).append('\n');
        config.fingerprintExtras().forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        this.base = text.append(emitter.sharedText()).append('\n').toString();
    }

    public String of(TypeModel type) {
        MessageDigest digest = sha256();
        digest.update(base.getBytes(StandardCharsets.UTF_8));
        digest.update(ModelJson.text(type).getBytes(StandardCharsets.UTF_8));
        for (TypeModel input : emitter.inputsBesides(type)) {
            digest.update((byte) '\n');
            digest.update(ModelJson.text(input).getBytes(StandardCharsets.UTF_8));
        }
        return Hashes.hex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
