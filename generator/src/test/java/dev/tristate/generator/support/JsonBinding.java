package dev.tristate.generator.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tristate.generator.JacksonVersion;

/**
 * One Jackson line, configured as docs/contract.md ("Jackson set-up") tells users to: the mapper that reads and
 * writes the generated classes in tests that run for both lines. Trees for assertions are always Jackson 2's,
 * parsed from what was written.
 */
public interface JsonBinding {

    JacksonVersion version();

    /** Reads JSON into a generated class with {@code JsonMapper.builder().findAndAddModules().build()}. */
    Object read(String json, Class<?> type) throws Exception;

    String write(Object value) throws Exception;

    /** Writes with a mapper whose default inclusion is {@code NON_NULL}. */
    String writeNonNull(Object value) throws Exception;

    /** What a failed read throws: Jackson 2's JsonMappingException, Jackson 3's DatabindException. */
    Class<? extends Exception> mappingException();

    static JsonBinding of(JacksonVersion version) {
        return version == JacksonVersion.V3 ? new Jackson3() : new Jackson2();
    }

    /** Jackson 2: com.fasterxml.jackson.databind. */
    final class Jackson2 implements JsonBinding {
        private final com.fasterxml.jackson.databind.ObjectMapper mapper =
                com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
        private final com.fasterxml.jackson.databind.ObjectMapper nonNull =
                com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules()
                        .serializationInclusion(JsonInclude.Include.NON_NULL).build();

        @Override
        public JacksonVersion version() {
            return JacksonVersion.V2;
        }

        @Override
        public Object read(String json, Class<?> type) throws Exception {
            return mapper.readValue(json, type);
        }

        @Override
        public String write(Object value) throws Exception {
            return mapper.writeValueAsString(value);
        }

        @Override
        public String writeNonNull(Object value) throws Exception {
            return nonNull.writeValueAsString(value);
        }

        @Override
        public Class<? extends Exception> mappingException() {
            return com.fasterxml.jackson.databind.JsonMappingException.class;
        }

        @Override
        public String toString() {
            return "Jackson 2";
        }
    }

    /** Jackson 3: tools.jackson.databind; java.time built in, jackson-databind-nullable's Jackson 3 module. */
    final class Jackson3 implements JsonBinding {
        private final tools.jackson.databind.json.JsonMapper mapper =
                tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
        private final tools.jackson.databind.json.JsonMapper nonNull =
                tools.jackson.databind.json.JsonMapper.builder().findAndAddModules()
                        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
                        .build();

        @Override
        public JacksonVersion version() {
            return JacksonVersion.V3;
        }

        @Override
        public Object read(String json, Class<?> type) {
            return mapper.readValue(json, type);
        }

        @Override
        public String write(Object value) {
            return mapper.writeValueAsString(value);
        }

        @Override
        public String writeNonNull(Object value) {
            return nonNull.writeValueAsString(value);
        }

        @Override
        public Class<? extends Exception> mappingException() {
            return tools.jackson.databind.DatabindException.class;
        }

        @Override
        public String toString() {
            return "Jackson 3";
        }
    }
}
