package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * A random JSON document conforming to one component schema.
 *
 * @param json the text read into the generated class
 * @param expected what writing the object back must give
 * @param unordered nodes of {@code expected} (by identity) below which the order of object members is not part of
 *     the contract (composition values, whose Java shape is not settled yet)
 */
record Instance(String json, JsonNode expected, Set<JsonNode> unordered) {}
