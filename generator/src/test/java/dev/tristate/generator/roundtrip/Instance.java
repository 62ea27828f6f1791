package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A random JSON document conforming to one component schema.
 *
 * @param json the text read into the generated type
 * @param expected what writing the object back must give
 */
record Instance(String json, JsonNode expected) {}
