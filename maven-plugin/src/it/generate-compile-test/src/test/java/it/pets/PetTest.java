package it.pets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;

class PetTest {

    @Test
    void usesTheGeneratedModel() throws Exception {
        Pet built = Pet.builder().name("Rex").build();
        assertEquals("Rex", built.getName());

        // Declared types are part of the contract: optional+nullable -> JsonNullable, optional -> Optional.
        JsonNullable<String> tag = built.getTag();
        Optional<Integer> age = built.getAge();
        assertFalse(tag.isPresent(), "an unset optional nullable property is undefined");
        assertTrue(age.isEmpty(), "an unset optional property is empty");

        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Pet read = mapper.readValue("{\"name\":\"Rex\",\"tag\":null}", Pet.class);
        assertEquals("Rex", read.getName());
        assertTrue(read.getTag().isPresent(), "an explicit null is present");
        assertNull(read.getTag().get());
    }
}
