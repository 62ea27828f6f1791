package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One random value twice: as sent to the generated class, and as the contract says the class must write it back
 * (declared properties in spec order before unknown ones, date-times and UUIDs in their canonical spelling).
 */
record WireValue(JsonNode input, JsonNode expected) {

    static WireValue same(JsonNode node) {
        return new WireValue(node, node);
    }
}
