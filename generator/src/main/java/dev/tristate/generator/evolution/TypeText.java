package dev.tristate.generator.evolution;

import dev.tristate.generator.model.TypeRef;

/** Types as a reader of the report knows them: the Java type the getter holds. */
final class TypeText {

    private TypeText() {}

    static String of(TypeRef type) {
        if (type instanceof TypeRef.Scalar) {
            switch (((TypeRef.Scalar) type).kind()) {
                case STRING:
                    return "String";
                case BOOLEAN:
                    return "Boolean";
                case INT32:
                    return "Integer";
                case INT64:
                    return "Long";
                case FLOAT:
                    return "Float";
                case DOUBLE:
                    return "Double";
                case DECIMAL:
                    return "BigDecimal";
                case DATE_TIME:
                    return "OffsetDateTime";
                case DATE:
                    return "LocalDate";
                case UUID:
                    return "UUID";
                case URI:
                    return "URI";
                case BYTES:
                    return "byte[]";
                default:
                    return "Object";
            }
        }
        if (type instanceof TypeRef.ListOf) {
            return "List<" + of(((TypeRef.ListOf) type).element()) + ">";
        }
        if (type instanceof TypeRef.MapOf) {
            return "Map<String, " + of(((TypeRef.MapOf) type).value()) + ">";
        }
        return ((TypeRef.Named) type).className();
    }

    /** Every value of the old type reads as the new one (so new clients read old JSON). */
    static boolean isWidening(TypeRef before, TypeRef after) {
        if (!(before instanceof TypeRef.Scalar) || !(after instanceof TypeRef.Scalar)) {
            return false;
        }
        TypeRef.Kind from = ((TypeRef.Scalar) before).kind();
        TypeRef.Kind to = ((TypeRef.Scalar) after).kind();
        switch (from) {
            case INT32:
                return to == TypeRef.Kind.INT64 || to == TypeRef.Kind.DECIMAL || to == TypeRef.Kind.DOUBLE;
            case INT64:
            case FLOAT:
            case DOUBLE:
                return to == TypeRef.Kind.DECIMAL || (from == TypeRef.Kind.FLOAT && to == TypeRef.Kind.DOUBLE);
            case DATE_TIME:
            case DATE:
            case UUID:
            case URI:
                return to == TypeRef.Kind.STRING;
            default:
                return to == TypeRef.Kind.ANY;
        }
    }
}
