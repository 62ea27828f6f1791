package dev.tristate.generator.emit;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.PropertyModel.Presence;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.naming.JavaNames;

/**
 * The Java shape of one property under the contract: what the field holds, what the getter returns and how the
 * builder treats null. Every emitter decision that depends on required/nullable is made here.
 */
final class PropertyShape {

    final PropertyModel property;
    /** The type of a present, non-null value. */
    final TypeName valueType;

    PropertyShape(PropertyModel property, JavaTypes types) {
        this.property = property;
        this.valueType = types.of(property.type());
    }

    String name() {
        return property.javaName();
    }

    String wireName() {
        return property.wireName();
    }

    Presence presence() {
        return property.presence();
    }

    String getterName() {
        return "get" + JavaNames.capitalize(property.javaName());
    }

    String clearMethod() {
        return "clear" + JavaNames.capitalize(property.javaName());
    }

    /** Absent is kept apart from null only for optional nullable properties, and only they need JsonNullable. */
    TypeName fieldType() {
        return presence() == Presence.OPTIONAL_NULLABLE
                ? ParameterizedTypeName.get(Annotations.JSON_NULLABLE, valueType)
                : valueType;
    }

    TypeName getterType() {
        switch (presence()) {
            case REQUIRED:
                return valueType;
            case OPTIONAL_NULLABLE:
                return fieldType();
            default:
                return ParameterizedTypeName.get(JavaTypes.OPTIONAL, valueType);
        }
    }

    /**
     * A required nullable property is written even when null, overriding the class-wide NON_ABSENT that leaves out
     * absent optional ones (a null field, an undefined JsonNullable). A required non-nullable one needs no
     * override: {@code build()} makes sure it is never null, and NON_ABSENT writes every non-null value.
     */
    boolean alwaysWritten() {
        return presence() == Presence.REQUIRED_NULLABLE;
    }

    boolean isCollection() {
        return property.type() instanceof TypeRef.ListOf || property.type() instanceof TypeRef.MapOf;
    }

    boolean isList() {
        return property.type() instanceof TypeRef.ListOf && !((TypeRef.ListOf) property.type()).unique();
    }

    boolean isSet() {
        return property.type() instanceof TypeRef.ListOf && ((TypeRef.ListOf) property.type()).unique();
    }

    boolean isTemporal() {
        return JavaTypes.isTemporal(property.type());
    }

    boolean isBytes() {
        return JavaTypes.isBytes(property.type());
    }
}
