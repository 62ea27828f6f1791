package dev.tristate.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.tristate.generator.JacksonVersion;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.UnionModel;
import dev.tristate.generator.model.ViewModel;
import dev.tristate.generator.model.TypeRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Emits one Java file per model type, handing each on as soon as it is made rather than holding them all, and on
 * every core: files are independent, and formatting source is most of a large spec's cost.
 */
public final class JavaEmitter {

    private final ApiModel model;
    private final String packageName;
    private final ObjectEmitter objects;
    private final EnumEmitter enums;
    private final UnionEmitter unions;
    private final ViewEmitter views;
    private final String specLine;
    private final Map<String, TypeModel> byName = new HashMap<>();
    private final JacksonVersion jacksonVersion;
    private final Validation validation;

    public JavaEmitter(ApiModel model, String packageName) {
        this(model, packageName, JacksonVersion.V2);
    }

    public JavaEmitter(ApiModel model, String packageName, JacksonVersion jacksonVersion) {
        this(model, packageName, jacksonVersion, false);
    }

    /** With {@code beanValidation}, the fields carry Jakarta Bean Validation constraints (see Validation). */
    public JavaEmitter(ApiModel model, String packageName, JacksonVersion jacksonVersion, boolean beanValidation) {
        this.model = model;
        this.packageName = packageName;
        this.specLine = specLine(model);
        JavaTypes types = new JavaTypes(packageName);
        JacksonTypes jackson = JacksonTypes.of(jacksonVersion);
        model.types().forEach(t -> byName.put(t.className(), t));
        this.jacksonVersion = jacksonVersion;
        this.validation = !beanValidation ? null : new Validation(types,
                name -> byName.get(name) instanceof ObjectModel || byName.get(name) instanceof UnionModel);
        this.objects = new ObjectEmitter(types, jackson, validation, specLine);
        this.enums = new EnumEmitter(specLine);
        this.unions = new UnionEmitter(types, jackson, specLine, byName::get, validation);
        this.views = new ViewEmitter(types, specLine);
    }

    /**
     * Emits the types {@code emit} accepts, from several threads at once (each file's bytes do not depend on the
     * order); the others are left to the caller, who has shown that their files would come out as they are.
     */
    public void emitSome(Predicate<TypeModel> emit, Consumer<GeneratedFile> sink) {
        model.types().parallelStream().filter(emit).map(this::emit).forEach(sink);
    }

    /** The file a type is emitted to, relative to the output directory. */
    public Path pathOf(TypeModel type) {
        return Path.of(packageName.replace('.', '/'), type.className() + ".java");
    }

    /**
     * Everything besides the type's own model that its emitted text is made from: the spec's title and version
     * (in every Javadoc) and the models of the other types whose details the emitter reads, rather than only
     * their names. A union tells its variants apart by what each variant is (an enum's values, an object's
     * required and declared properties); no other emitter looks at another type. Whoever makes an emitter read
     * another type must list it here, or incremental runs keep a stale file (IncrementalEmissionTest finds it).
     */
    public List<TypeModel> inputsBesides(TypeModel type) {
        if (!(type instanceof UnionModel)) {
            return validation == null || !(type instanceof ObjectModel) ? List.of()
                    : namedIn((ObjectModel) type);
        }
        List<TypeModel> inputs = new ArrayList<>();
        for (UnionModel.Variant variant : ((UnionModel) type).variants()) {
            if (variant.type() instanceof TypeRef.Named) {
                TypeModel target = byName.get(((TypeRef.Named) variant.type()).className());
                if (target != null) {
                    inputs.add(target);
                }
            }
        }
        return inputs;
    }

    /**
     * With bean validation, a property is marked {@code @Valid} when its type is a generated object or union: the
     * class depends on what the types it names are.
     */
    private List<TypeModel> namedIn(ObjectModel object) {
        List<TypeModel> named = new ArrayList<>();
        List<TypeRef> pending = new ArrayList<>();
        object.properties().forEach(p -> pending.add(p.type()));
        pending.add(object.additionalValues());
        while (!pending.isEmpty()) {
            TypeRef ref = pending.remove(pending.size() - 1);
            if (ref instanceof TypeRef.Named && byName.containsKey(((TypeRef.Named) ref).className())) {
                named.add(byName.get(((TypeRef.Named) ref).className()));
            } else if (ref instanceof TypeRef.ListOf) {
                pending.add(((TypeRef.ListOf) ref).element());
            } else if (ref instanceof TypeRef.MapOf) {
                pending.add(((TypeRef.MapOf) ref).value());
            }
        }
        return named;
    }

    /** The text every file shares that does not come from a type's model, and the options emission follows. */
    public String sharedText() {
        return packageName + "\n" + specLine + "\njackson " + jacksonVersion + "\nbeanValidation "
                + (validation != null);
    }

    public GeneratedFile emit(TypeModel type) {
        ClassName self = ClassName.get(packageName, type.className());
        TypeSpec spec;
        if (type instanceof ObjectModel) {
            spec = objects.emit((ObjectModel) type, self);
        } else if (type instanceof EnumModel) {
            spec = enums.emit((EnumModel) type, self);
        } else if (type instanceof UnionModel) {
            spec = unions.emit((UnionModel) type, self);
        } else {
            spec = views.emit((ViewModel) type, self);
        }
        JavaFile file = JavaFile.builder(packageName, spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return new GeneratedFile(pathOf(type), file.toString());
    }

    /** Which spec and version made the type, without a date so the output stays reproducible. */
    private static String specLine(ApiModel model) {
        StringBuilder line = new StringBuilder("<p>Generated by Tristate from ");
        line.append(model.title().isBlank() ? "an OpenAPI document" : "<i>" + Javadoc.escape(model.title()) + "</i>");
        if (!model.version().isBlank()) {
            line.append(" version ").append(Javadoc.escape(model.version()));
        }
        return line.append(".\n").toString();
    }
}
