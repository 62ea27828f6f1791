package dev.tristate.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tristate.generator.model.TypeRef;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps the model's types onto Java types; the one place that decides, for example, date-time → OffsetDateTime. */
final class JavaTypes {

    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName SET = ClassName.get(java.util.Set.class);
    static final ClassName MAP = ClassName.get(Map.class);
    static final ClassName STRING = ClassName.get(String.class);

    private final String packageName;

    JavaTypes(String packageName) {
        this.packageName = packageName;
    }

    TypeName of(TypeRef type) {
        if (type instanceof TypeRef.Scalar) {
            return scalar(((TypeRef.Scalar) type).kind());
        }
        if (type instanceof TypeRef.ListOf) {
            TypeRef.ListOf list = (TypeRef.ListOf) type;
            return ParameterizedTypeName.get(list.unique() ? SET : LIST, of(list.element()));
        }
        if (type instanceof TypeRef.MapOf) {
            return ParameterizedTypeName.get(MAP, STRING, of(((TypeRef.MapOf) type).value()));
        }
        return ClassName.get(packageName, ((TypeRef.Named) type).className());
    }

    static boolean isTemporal(TypeRef type) {
        if (type instanceof TypeRef.Scalar) {
            TypeRef.Kind kind = ((TypeRef.Scalar) type).kind();
            return kind == TypeRef.Kind.DATE_TIME || kind == TypeRef.Kind.DATE;
        }
        if (type instanceof TypeRef.ListOf) {
            return isTemporal(((TypeRef.ListOf) type).element());
        }
        if (type instanceof TypeRef.MapOf) {
            return isTemporal(((TypeRef.MapOf) type).value());
        }
        return false;
    }

    static boolean isBytes(TypeRef type) {
        return type instanceof TypeRef.Scalar && ((TypeRef.Scalar) type).kind() == TypeRef.Kind.BYTES;
    }

    private static TypeName scalar(TypeRef.Kind kind) {
        switch (kind) {
            case STRING:
                return STRING;
            case BOOLEAN:
                return ClassName.get(Boolean.class);
            case INT32:
                return ClassName.get(Integer.class);
            case INT64:
                return ClassName.get(Long.class);
            case FLOAT:
                return ClassName.get(Float.class);
            case DOUBLE:
                return ClassName.get(Double.class);
            case DECIMAL:
                return ClassName.get(BigDecimal.class);
            case DATE_TIME:
                return ClassName.get(OffsetDateTime.class);
            case DATE:
                return ClassName.get(LocalDate.class);
            case UUID:
                return ClassName.get(UUID.class);
            case URI:
                return ClassName.get(URI.class);
            case BYTES:
                return ArrayTypeName.of(TypeName.BYTE);
            case ANY:
            default:
                return ClassName.OBJECT;
        }
    }
}
