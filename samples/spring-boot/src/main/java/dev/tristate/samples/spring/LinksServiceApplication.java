package dev.tristate.samples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample service. Spring Boot's {@code JacksonAutoConfiguration} builds the one {@code JsonMapper} the models need:
 * it finds modules through {@code ServiceLoader} ({@code spring.jackson.find-and-add-modules}, on by default), which
 * registers jackson-databind-nullable's {@code JsonNullableJackson3Module} (listed in its
 * {@code META-INF/services/tools.jackson.databind.JacksonModule}).
 */
@SpringBootApplication
public class LinksServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(LinksServiceApplication.class, args);
    }
}
