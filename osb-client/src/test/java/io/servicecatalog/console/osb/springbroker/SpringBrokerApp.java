package io.servicecatalog.console.osb.springbroker;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.cloud.servicebroker.model.catalog.Catalog;
import org.springframework.cloud.servicebroker.model.catalog.MaintenanceInfo;
import org.springframework.cloud.servicebroker.model.catalog.MethodSchema;
import org.springframework.cloud.servicebroker.model.catalog.Plan;
import org.springframework.cloud.servicebroker.model.catalog.Schemas;
import org.springframework.cloud.servicebroker.model.catalog.ServiceBindingSchema;
import org.springframework.cloud.servicebroker.model.catalog.ServiceDefinition;
import org.springframework.cloud.servicebroker.model.catalog.ServiceInstanceSchema;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A small Open Service Broker built with Spring Cloud Open Service Broker 4.1.0 (code nobody on this project
 * wrote handles the HTTP side): one bindable, retrievable service with a schema'd plan that provisions
 * asynchronously, a paid plan to update to, and HTTP basic auth. Started on a loopback port inside tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({InstanceService.class, BindingService.class})
public class SpringBrokerApp {

    public static final String USER = "broker";
    public static final String PASSWORD = "broker-pass-123";
    public static final String SERVICE_ID = "6c9c3a5c-0b1f-4b9e-9d7d-2f1b3f0b5a11";
    public static final String SMALL_PLAN_ID = "8a3b2d90-5a0c-4b86-9a0e-5a2d8c1e7b01";
    public static final String LARGE_PLAN_ID = "8a3b2d90-5a0c-4b86-9a0e-5a2d8c1e7b02";
    public static final String MAINTENANCE_VERSION = "1.2.0";

    /** Every request the broker's services received, for assertions on what the client sent. */
    @Bean
    public ReceivedRequests receivedRequests() {
        return new ReceivedRequests();
    }

    @Bean
    public Catalog catalog() {
        Map<String, Object> createSchema = Map.of(
                "$schema", "http://json-schema.org/draft-04/schema#",
                "type", "object",
                "properties", Map.of("size", Map.of("type", "integer", "minimum", 1),
                        "engine", Map.of("type", "string", "enum", List.of("postgres", "mysql"))),
                "required", List.of("size"));
        Map<String, Object> updateSchema = Map.of(
                "$schema", "http://json-schema.org/draft-04/schema#",
                "type", "object",
                "properties", Map.of("size", Map.of("type", "integer", "minimum", 1)));
        Map<String, Object> bindSchema = Map.of(
                "$schema", "http://json-schema.org/draft-04/schema#",
                "type", "object",
                "properties", Map.of("role", Map.of("type", "string")));
        Plan small = Plan.builder().id(SMALL_PLAN_ID).name("small").description("A small database.")
                .free(true).bindable(true).planUpdateable(true).maximumPollingDuration(120)
                .maintenanceInfo(MaintenanceInfo.builder().version(MAINTENANCE_VERSION).description("Patch release.")
                        .build())
                .metadata(Map.of("displayName", "Small", "bullets", List.of("1 vCPU", "10 GB")))
                .schemas(Schemas.builder()
                        .serviceInstanceSchema(ServiceInstanceSchema.builder()
                                .createMethodSchema(MethodSchema.builder().parameters(createSchema).build())
                                .updateMethodSchema(MethodSchema.builder().parameters(updateSchema).build())
                                .build())
                        .serviceBindingSchema(ServiceBindingSchema.builder()
                                .createMethodSchema(MethodSchema.builder().parameters(bindSchema).build()).build())
                        .build())
                .build();
        Plan large = Plan.builder().id(LARGE_PLAN_ID).name("large").description("A large database.").free(false)
                .metadata(Map.of("displayName", "Large",
                        "costs", List.of(Map.of("amount", Map.of("usd", 99.0), "unit", "MONTHLY"))))
                .build();
        return Catalog.builder().serviceDefinitions(ServiceDefinition.builder()
                .id(SERVICE_ID).name("spring-db").description("A database from a Spring broker.")
                .bindable(true).instancesRetrievable(true).bindingsRetrievable(true).planUpdateable(true)
                .tags("database", "sql")
                .metadata(Map.of("displayName", "Spring DB", "providerDisplayName", "Spring Test",
                        "documentationUrl", "https://docs.example.com/spring-db"))
                .plans(small, large).build()).build();
    }

    @Bean
    public SecurityFilterChain brokerSecurity(HttpSecurity http) throws Exception {
        // PUT/DELETE need CSRF off: a broker API has no browser session to protect.
        return http.csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    @Bean
    public UserDetailsService brokerUsers() {
        return new InMemoryUserDetailsManager(User.withUsername(USER).password("{noop}" + PASSWORD)
                .roles("PLATFORM").build());
    }

    /** A started broker and how to reach it. */
    public record Running(ConfigurableApplicationContext context, URI url) implements AutoCloseable {

        public ReceivedRequests received() {
            return context.getBean(ReceivedRequests.class);
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** Starts the broker on 127.0.0.1 and a free port; it requires API version {@code apiVersion}. */
    public static Running start(String apiVersion) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SpringBrokerApp.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.cloud.openservicebroker.api-version=" + apiVersion,
                        "spring.jmx.enabled=false",
                        "spring.main.register-shutdown-hook=false")
                .run();
        String port = context.getEnvironment().getProperty("local.server.port");
        return new Running(context, URI.create("http://127.0.0.1:" + port));
    }
}
