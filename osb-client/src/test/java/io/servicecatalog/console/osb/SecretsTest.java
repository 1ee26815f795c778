package io.servicecatalog.console.osb;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.servicecatalog.console.osb.stub.StubBroker;
import io.servicecatalog.console.osb.stub.StubResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Passwords, tokens, credentials and parameter values never reach toString() or the logs. */
class SecretsTest {

    private static final String PASSWORD = "pw-Zq81!";
    private static final String TOKEN = "tok-Yx42";
    private static final String CREDENTIAL = "cred-Wv73";
    private static final String PARAMETER = "param-Uu64";
    private static final String PATH = "/v2/service_instances/i";

    private StubBroker broker;
    private ListAppender<ILoggingEvent> appender;
    private Logger root;

    @BeforeEach
    void start() {
        broker = StubBroker.start();
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        ((Logger) LoggerFactory.getLogger("io.servicecatalog")).setLevel(Level.TRACE);
    }

    @AfterEach
    void stop() {
        root.detachAppender(appender);
        ((Logger) LoggerFactory.getLogger("io.servicecatalog")).setLevel(Level.DEBUG);
        broker.close();
    }

    @Test
    @DisplayName("a whole cycle with secrets everywhere leaves none of them in logs, toString() or error messages")
    void noSecretsAnywhere() {
        broker.always("PUT", PATH, StubResponse.json(201, "{}"));
        broker.always("GET", PATH, StubResponse.json(200, "{\"parameters\":{\"admin_password\":\"" + PARAMETER + "\"}}"));
        broker.always("PUT", PATH + "/service_bindings/b", StubResponse.json(201,
                "{\"credentials\":{\"password\":\"" + CREDENTIAL + "\"},\"volume_mounts\":[{\"driver\":\"d\","
                        + "\"container_dir\":\"/x\",\"mode\":\"r\",\"device_type\":\"shared\",\"device\":{\"volume_id\":\"v\","
                        + "\"mount_config\":{\"secret\":\"" + CREDENTIAL + "\"}}}]}"));
        broker.always("GET", PATH + "/service_bindings/b", StubResponse.json(200,
                "{\"credentials\":{\"password\":\"" + CREDENTIAL + "\"},\"parameters\":{\"p\":\"" + PARAMETER + "\"}}"));
        broker.always("PATCH", PATH, StubResponse.json(500, "{\"description\":\"failed\"}"));
        broker.always("GET", PATH + "/last_operation", StubResponse.json(200, "{\"state\":\"in progress\"}"));

        OsbClient basic = OsbClient.builder(broker.url()).basicAuth("admin", PASSWORD.toCharArray()).build();
        OsbClient bearer = OsbClient.builder(broker.url()).bearerToken(TOKEN).requestTimeout(Duration.ofSeconds(5))
                .build();
        ProvisionRequest provision = ProvisionRequest.builder("s", "p").organizationGuid("o").spaceGuid("sp")
                .parameters(Map.of("admin_password", PARAMETER)).build();
        UpdateRequest update = UpdateRequest.builder("s").parameters(Map.of("admin_password", PARAMETER)).build();
        BindRequest bind = BindRequest.builder("s", "p").parameters(Map.of("secret", PARAMETER)).build();

        List<Object> seen = new java.util.ArrayList<>();
        seen.add(basic);
        seen.add(bearer);
        seen.add(provision);
        seen.add(update);
        seen.add(bind);
        seen.add(basic.provision("i", provision, true));
        seen.add(basic.fetchInstance("i", null, null));
        BindResponse bound = bearer.bind("i", "b", bind, true);
        seen.add(bound);
        seen.add(bound.credentials());
        seen.add(bound.volumeMounts());
        seen.add(bearer.fetchBinding("i", "b", null, null));
        try {
            basic.update("i", update, true);
        } catch (OsbException e) {
            seen.add(e.getMessage());
            seen.add(e.userMessage());
        }
        try (LastOperationPoller poller = basic.poller().minimumInterval(Duration.ofMillis(5))
                .initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(10)).build()) {
            Throwable timeout = poller.poll(PollTarget.instance("i", OsbOperation.PROVISION, null)
                    .withMaximumPollingDuration(Duration.ofMillis(50))).handle((r, e) -> e).join();
            assertThat(timeout).isInstanceOf(PollingTimeoutException.class);
            seen.add(timeout);
        }

        assertThat(bound.credentials().getAsText("password")).contains(CREDENTIAL);
        assertThat(appender.list).as("the client logs its exchanges").isNotEmpty();
        StringBuilder all = new StringBuilder();
        seen.forEach(o -> all.append(o).append('\n'));
        appender.list.forEach(event -> all.append(event.getFormattedMessage()).append('\n'));
        assertThat(all.toString()).doesNotContain(PASSWORD).doesNotContain(TOKEN).doesNotContain(CREDENTIAL)
                .doesNotContain(PARAMETER)
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes()));
    }

    @Test
    @DisplayName("a context's toString() shows where the resource lives and annotation keys, never annotation values")
    void contextHidesAnnotationValues() {
        String lastApplied = "{\"spec\":{\"parameters\":{\"admin_password\":\"" + PARAMETER + "\"}}}";
        OsbContext context = OsbContext.kubernetes().namespace("team-a").clusterId("c-1").instanceName("db")
                .namespaceAnnotations(Map.of("owner", PASSWORD))
                .instanceAnnotations(Map.of("kubectl.kubernetes.io/last-applied-configuration", lastApplied))
                .build();

        String text = context.toString();

        assertThat(text).contains("platform=kubernetes", "namespace=team-a", "clusterid=c-1", "instance_name=db",
                "owner", "kubectl.kubernetes.io/last-applied-configuration");
        assertThat(text).doesNotContain(PARAMETER).doesNotContain(PASSWORD).doesNotContain("admin_password");
    }
}
