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
        String message = shown instanceof JsonMappingException mapping
                ? mapping.getOriginalMessage()
                : shown.getClass().getSimpleName() + ": " + shown.getMessage();
        message = String.valueOf(message).strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline).strip();
        }
        return message.length() > LONGEST ? message.substring(0, LONGEST) + "…" : message;
    }

    /** The JSON pointer of where Jackson was when it failed. */
    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append('/').append(JsonComparison.escape(step.getFieldName()));
            } else if (step.getIndex() >= 0) {
                path.append('/').append(step.getIndex());
            }
        }
        return path.toString();
    }
}
