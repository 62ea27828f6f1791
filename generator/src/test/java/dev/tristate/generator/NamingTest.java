package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.naming.JavaNames;
import dev.tristate.generator.naming.NameAllocator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamingTest {

    @ParameterizedTest
    @CsvSource({
        "property_Connection_auth, PropertyConnectionAuth",
        "Oauth2AuthorizationCodeTokensOnly, Oauth2AuthorizationCodeTokensOnly",
        "connect-session, ConnectSession",
        "String, StringModel",
        "Override, OverrideModel",
        "1password, Model1password",
        "'', Model",
        "aux, AuxModel",
        "CON, CONModel",
        "com1, Com1Model",
        "Console, Console",
    })
    void classNames(String wire, String java) {
        assertThat(JavaNames.className(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "auth_link_url, authLinkUrl",
        "projectId, projectId",
        "URLPath, urlPath",
        "class, classValue",
        "default, defaultValue",
        "getClass, getClassValue",
        "hashCode, hashCodeValue",
        "2fa, property2fa",
        "'', property",
    })
    void propertyNames(String wire, String java) {
        assertThat(JavaNames.propertyName(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "oauth2/authorizationCode, OAUTH2_AUTHORIZATION_CODE",
        "oauth2/authorizationCodePKCE, OAUTH2_AUTHORIZATION_CODE_PKCE",
        "hris-legacy, HRIS_LEGACY",
        "bad_credentials, BAD_CREDENTIALS",
        "apiKey, API_KEY",
        "42, VALUE_42",
        "'', EMPTY",
    })
    void constantNames(String wire, String java) {
        assertThat(JavaNames.constantName(wire)).isEqualTo(java);
    }

    @Test
    void classNamesTooLongForAFileNameKeepTheirEndsAndADigest() {
        String words = "VeryLongSchemaNameWords".repeat(20);
        String name = JavaNames.className(words + "Tail");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(JavaNames.MAX_CLASS_NAME_BYTES);
        assertThat(name).startsWith("VeryLongSchemaNameWordsVeryLong").matches(".*WordsTail_[0-9a-f]{8}");
        assertThat(JavaNames.className(words + "Tail")).as("stable").isEqualTo(name);
        assertThat(JavaNames.className(words + "Tall")).as("apart").isNotEqualTo(name);
        assertThat(JavaNames.className("Pet")).isEqualTo("Pet");
    }

    @Test
    void classNamesAreShortenedByBytesWithoutSplittingACharacter() {
        String name = JavaNames.className("Ärger".repeat(60));
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        assertThat(utf8.length).isLessThanOrEqualTo(JavaNames.MAX_CLASS_NAME_BYTES);
        assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(name);
        String supplementary = JavaNames.className("\uD835\uDC9C".repeat(100));
        assertThat(supplementary.codePoints().allMatch(Character::isJavaIdentifierPart)).isTrue();
        assertThat(supplementary.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(JavaNames.MAX_CLASS_NAME_BYTES);
    }

    @Test
    void composedAndDecomposedAccentsAreOneName() {
        assertThat(JavaNames.propertyName("cafe\u0301")).isEqualTo(JavaNames.propertyName("café")).isEqualTo("café");
        assertThat(JavaNames.className("e\u0301t\u00e9")).isEqualTo("Été");
    }

    @Test
    void collisionsGetStableSuffixes() {
        NameAllocator members = NameAllocator.forMembers();
        assertThat(members.allocate(JavaNames.propertyName("user_id"))).isEqualTo("userId");
        assertThat(members.allocate(JavaNames.propertyName("userId"))).isEqualTo("userId2");
        assertThat(members.allocate(JavaNames.propertyName("UserId"))).isEqualTo("userId3");
        NameAllocator classes = NameAllocator.forClasses();
        assertThat(classes.allocate("Pet")).isEqualTo("Pet");
        assertThat(classes.allocate("PET")).as("case-insensitive file systems").isEqualTo("PET2");
    }
}
