package dev.tristate.corpus;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The Jackson 2 line, configured as docs/contract.md, "Jackson set-up", says consumers configure it. */
final class Jackson2Codec implements JsonCodec {

    // A fresh mapper per spec: its caches hold the spec's classes, which must go with the class loader.
    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final PropertyCodec properties = new PropertyCodec(mapper);

    @Override
    public Object readValue(String json, Class<?> type) throws Exception {
        return mapper.readValue(json, type);
    }

    @Override
    public JsonNode writeValue(Object value) {
        return mapper.valueToTree(value);
    }

    @Override
    public Object readProperty(Class<?> owner, String wireName, String json) throws Exception {
        return properties.read(owner, wireName, json);
    }

    @Override
    public JsonNode writeProperty(Class<?> owner, String wireName, Object value) throws Exception {
        return properties.write(owner, wireName, value);
    }

    @Override
    public String pathOf(Exception readFailure) {
        if (!(readFailure instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            Messages.appendStep(path, step.getFieldName(), step.getIndex());
        }
        return path.toString();
    }
}
