package dev.tristate.generator.naming;

import dev.tristate.generator.model.TypeRef;

/**
 * The simple Java name of each scalar kind, as a reader sees it in docs and change reports. The emitter makes the
 * same choice with JavaPoet types (emit.JavaTypes); DocsTest compares the docs with the generated getters.
 */
public final class ScalarNames {

    private ScalarNames() {}

    public static String simpleName(TypeRef.Kind kind) {
        switch (kind) {
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
            case ANY:
            default:
                return "Object";
        }
    }
}
