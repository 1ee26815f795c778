package io.servicecatalog.console.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class ConsoleApplication extends Application {

  @Override
  public void start(Stage stage) {
    stage.setTitle("Service Catalog Console");
    stage.setScene(new Scene(new StackPane(new Label("Service Catalog Console")), 1200, 800));
    stage.show();
  }
}
