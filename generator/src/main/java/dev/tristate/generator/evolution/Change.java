package dev.tristate.generator.evolution;

/**
 * One difference between two models, and what it does to the people who depend on them.
 *
 * @param kind what changed
 * @param model the class the change is in
 * @param property the property's wire name, or null for a change to the model itself
 * @param detail the specifics, for example {@code String → OffsetDateTime} or the enum value
 * @param sourceBreaking whether code compiled against the old generated classes stops compiling
 * @param oldReadsNew the consequence for clients built from the old spec reading JSON of the new one; null when none
 * @param newReadsOld the consequence for clients built from the new spec reading JSON of the old one; null when none
 * @param pointer where the change is in the new spec (or the old one, for removals), as a JSON pointer
 */
public record Change(
        Kind kind,
        String model,
        String property,
        String detail,
        boolean sourceBreaking,
        String oldReadsNew,
        String newReadsOld,
        String pointer) {

    /** The kinds of change the report knows. */
    public enum Kind {
        MODEL_ADDED("model added"),
        MODEL_REMOVED("model removed"),
        PROPERTY_ADDED("property added"),
        PROPERTY_REMOVED("property removed"),
        PROPERTY_RENAMED("property renamed on the wire"),
        TYPE_CHANGED("type changed"),
        MADE_REQUIRED("made required"),
        MADE_OPTIONAL("made optional"),
        MADE_NULLABLE("made nullable"),
        MADE_NON_NULLABLE("made non-nullable"),
        ENUM_VALUE_ADDED("enum value added"),
        ENUM_VALUE_REMOVED("enum value removed"),
        VARIANT_ADDED("union variant added"),
        VARIANT_REMOVED("union variant removed");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** Whether a client of either revision fails, or loses meaning, reading the other revision's JSON. */
    public boolean wireBreaking() {
        return oldReadsNew != null || newReadsOld != null;
    }

    /** {@code Model.property}, or the model alone. */
    public String where() {
        return property == null ? model : model + "." + property;
    }
}
