package dev.tristate.samples.spring3;

import com.fasterxml.jackson.databind.Module;
import org.openapitools.jackson.nullable.JsonNullableModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Boot 3.5 service. Boot 3's {@code Jackson2ObjectMapperBuilder} registers its well-known modules and every
 * {@link Module} bean, but does not look modules up through {@code ServiceLoader}; so jackson-databind-nullable's
 * module is a bean here.
 */
@SpringBootApplication
public class LinksService3Application {
    public static void main(String[] args) {
        SpringApplication.run(LinksService3Application.class, args);
    }

    @Bean
    Module jsonNullableModule() {
        return new JsonNullableModule();
    }
}
