package dev.tristate.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one mapper all three model sets are read and written with. */
final class Json {

    /** docs/contract.md, "Jackson set-up": {@code findAndAddModules()} and nothing else. */
    static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    /**
     * What every write uses: the same mapper, with dates written as strings. Tristate's models and the hand-written
     * classes say so per property and write the same bytes either way (RoundTripTest checks it); OpenAPI Generator's
     * models leave it to the mapper of their ApiClient, and with the plain mapper write date-times as epoch numbers,
     * which is other work and other JSON. This keeps the three writing the same document.
     */
    static final ObjectWriter WRITER = MAPPER.writer().without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {}
}
