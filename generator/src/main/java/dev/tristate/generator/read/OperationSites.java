package dev.tristate.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;

/**
 * The schemas a document writes outside {@code components.schemas}, found in the document as written: the same
 * places {@link OperationSchemas} names classes for, so that the keyword checks see every schema that is modelled.
 */
final class OperationSites {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private OperationSites() {}

    static void schemas(SourceDocument root, Collection<Documents.Site> into) {
        new Walk(root, into).document();
    }

    private static final class Walk {
        private final SourceDocument document;
        private final Collection<Documents.Site> into;

        Walk(SourceDocument document, Collection<Documents.Site> into) {
            this.document = document;
            this.into = into;
        }

        void document() {
            each("/paths", this::pathItem);
            each("/webhooks", this::pathItem);
            each("/components/pathItems", this::pathItem);
            each("/components/requestBodies", this::withContent);
            each("/components/responses", this::response);
            each("/components/parameters", this::withSchema);
            each("/components/headers", this::withSchema);
            each("/components/callbacks", this::callback);
        }

        private void each(String pointer, java.util.function.Consumer<String> visit) {
            JsonNode node = document.at(pointer);
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(name -> visit.accept(pointer + "/" + SourceDocument.escape(name)));
            }
        }

        private boolean usable(String pointer) {
            JsonNode node = document.at(pointer);
            return node.isObject() && !node.has("$ref");
        }

        private void pathItem(String pointer) {
            if (!usable(pointer)) {
                return;
            }
            list(pointer + "/parameters");
            for (String method : METHODS) {
                String operation = pointer + "/" + method;
                if (usable(operation)) {
                    list(operation + "/parameters");
                    withContent(operation + "/requestBody");
                    each(operation + "/responses", this::response);
                    each(operation + "/callbacks", this::callback);
                }
            }
        }

        private void callback(String pointer) {
            if (usable(pointer)) {
                each(pointer, this::pathItem);
            }
        }

        private void list(String pointer) {
            JsonNode node = document.at(pointer);
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                withSchema(pointer + "/" + i);
            }
        }

        private void response(String pointer) {
            if (usable(pointer)) {
                withContent(pointer);
                each(pointer + "/headers", this::withSchema);
            }
        }

        private void withSchema(String pointer) {
            if (usable(pointer)) {
                schema(pointer + "/schema");
                withContent(pointer);
            }
        }

        private void withContent(String pointer) {
            if (usable(pointer)) {
                each(pointer + "/content", media -> schema(media + "/schema"));
            }
        }

        private void schema(String pointer) {
            if (document.at(pointer).isObject()) {
                into.add(new Documents.Site(document, pointer));
            }
        }
    }
}
