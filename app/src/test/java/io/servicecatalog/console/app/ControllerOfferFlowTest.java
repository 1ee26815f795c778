package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import atlantafx.base.theme.PrimerLight;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.servicecatalog.console.app.connection.ClusterConnector;
import io.servicecatalog.console.app.connection.KubeconfigSource;
import io.servicecatalog.console.app.settings.InMemorySettings;
import io.servicecatalog.console.app.shell.MainWindow;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.status.ResourceStatus;
import io.servicecatalog.console.model.v1beta1.BasicAuthConfig;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBrokerSpec;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.ServiceBrokerAuthInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A cluster with the CRDs and a broker but no controller: the console offers its own, and runs it when asked. */
@ExtendWith(ApplicationExtension.class)
class ControllerOfferFlowTest {

  private MockCluster cluster;
  private TestBroker broker;
  private BackgroundExecutor background;
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    cluster = new MockCluster().withCatalogCrds().withNamespaces("default");
    broker = new TestBroker();
    cluster.client().secrets().inNamespace("default").resource(new SecretBuilder()
        .withNewMetadata().withName("broker-auth").withNamespace("default").endMetadata()
        .addToStringData("username", TestBroker.USER).addToStringData("password", TestBroker.PASSWORD).build()).create();
    ObjectReference secretRef = new ObjectReference();
    secretRef.setNamespace("default");
    secretRef.setName("broker-auth");
    BasicAuthConfig basic = new BasicAuthConfig();
    basic.setSecretRef(secretRef);
    ServiceBrokerAuthInfo auth = new ServiceBrokerAuthInfo();
    auth.setBasic(basic);
    ClusterServiceBrokerSpec spec = new ClusterServiceBrokerSpec();
    spec.setUrl(broker.url());
    spec.setAuthInfo(auth);
    ClusterServiceBroker registered = new ClusterServiceBroker();
    registered.getMetadata().setName("unserved-broker");
    registered.setSpec(spec);
    cluster.client().resource(registered).create();

    Path kubeconfig = cluster.writeKubeconfig(Files.createTempDirectory("offer"), "no-controller", "default");
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    background = new BackgroundExecutor();
    AppServices services = new AppServices(background, Fx.EXECUTOR, new InMemorySettings(),
        () -> new KubeconfigSource(List.of(kubeconfig), false), new ClusterConnector());
    window = new MainWindow(services);
    Scene scene = new Scene(window, 1440, 900);
    scene.getStylesheets().add(ConsoleApplication.class.getResource("console.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() {
    window.close();
    background.close();
    broker.close();
    cluster.close();
  }

  @Test
  @DisplayName("offers the console's controller when none serves the cluster; once accepted the broker's catalog is fetched")
  void offersAndRunsController(FxRobot robot) {
    await().until(() -> window.connectionModel().contexts().size() == 1);
    robot.clickOn("#connect");
    await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#run-controller").tryQuery()
        .map(Node::isVisible).orElse(false));
    Screenshots.save(window, "controller-offer");
    robot.clickOn("#run-controller");
    await().until(() -> robot.lookup("#controller-confirm").tryQuery().isPresent());
    DialogPane confirm = robot.lookup("#controller-confirm").queryAs(DialogPane.class);
    assertThat(confirm.getContentText()).contains("two controllers would fight");
    robot.interact(() -> ((javafx.scene.control.Button) confirm.lookupButton(ButtonType.OK)).fire());

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      ClusterServiceBroker reconciled = cluster.client().resources(ClusterServiceBroker.class).withName("unserved-broker").get();
      assertThat(ResourceStatus.of(reconciled).phase()).isEqualTo(Phase.READY);
      assertThat(cluster.client().resources(ClusterServiceClass.class).list().getItems())
          .extracting(c -> c.getSpec().getExternalName()).containsExactlyInAnyOrder("redis", "queue");
    });
    await().until(() -> robot.lookup("#stop-controller").tryQuery().isPresent());
  }
}
