package dev.tristate.corpus;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.lang.reflect.InvocationTargetException;

/** Exceptions as one short line for the report: Jackson's message without its source excerpt. */
final class Messages {

    private static final int LONGEST = 300;

    private Messages() {}

    static String of(Throwable e) {
        Throwable shown = e;
        while (shown.getCause() != null
                && (shown.getMessage() == null || shown instanceof InvocationTargetException)) {
            shown = shown.getCause();
        }
        String message;
        if (shown instanceof JsonMappingException mapping) {
            message = mapping.getOriginalMessage();
        } else if (shown instanceof tools.jackson.core.JacksonException jackson3) {
            message = jackson3.getOriginalMessage();
        } else {
            message = shown.getClass().getSimpleName() + ": " + shown.getMessage();
        }
        message = String.valueOf(message).strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        return message.length() > LONGEST ? message.substring(0, LONGEST) + "…" : message;
    }

    /** One step of the JSON pointer of where Jackson was when it failed: a property, or else an array index. */
    static void appendStep(StringBuilder path, String propertyName, int index) {
        if (propertyName != null) {
            path.append('/').append(JsonComparison.escape(propertyName));
        } else if (index >= 0) {
            path.append('/').append(index);
        }
    }
}
