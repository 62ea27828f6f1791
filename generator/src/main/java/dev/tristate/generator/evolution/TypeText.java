package dev.tristate.generator.evolution;

import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.naming.ScalarNames;

/** Types as a reader of the report knows them: the Java type the getter holds. */
final class TypeText {

    private TypeText() {}

    static String of(TypeRef type) {
        if (type instanceof TypeRef.Scalar) {
            return ScalarNames.simpleName(((TypeRef.Scalar) type).kind());
        }
        if (type instanceof TypeRef.ListOf) {
            TypeRef.ListOf list = (TypeRef.ListOf) type;
            return (list.unique() ? "Set<" : "List<") + of(list.element()) + ">";
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
