package io.servicecatalog.console.app.tables;

import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Which fields each kind's table shows, as JSON pointers into the object: the same columns the upstream
 * CRDs print for {@code kubectl get}, plus what an operator looks for first.
 */
final class ResourceColumns {

  /**
   * One column.
   *
   * @param title the header
   * @param pointer where the value is; special values start with {@code @}
   */
  record Column(String title, String pointer) {}

  static final String NAME = "@name";
  static final String NAMESPACE = "@namespace";
  static final String STATUS = "@status";
  static final String MESSAGE = "@message";
  static final String AGE = "@age";

  private ResourceColumns() {}

  static List<Column> of(ServiceCatalogKind kind) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(I18n.t("col.name"), NAME));
    if (kind.namespaced()) {
      columns.add(new Column(I18n.t("col.namespace"), NAMESPACE));
    }
    boolean cluster = kind.kind().startsWith("Cluster");
    switch (kind.kind()) {
      case "ClusterServiceBroker", "ServiceBroker" -> {
        columns.add(new Column(I18n.t("col.url"), "/spec/url"));
        columns.add(new Column(I18n.t("col.status"), STATUS));
        columns.add(new Column(I18n.t("col.message"), MESSAGE));
      }
      case "ClusterServiceClass", "ServiceClass" -> {
        columns.add(new Column(I18n.t("col.externalName"), "/spec/externalName"));
        columns.add(new Column(I18n.t("col.displayName"), "/spec/externalMetadata/displayName"));
        columns.add(new Column(I18n.t("col.broker"), cluster ? "/spec/clusterServiceBrokerName" : "/spec/serviceBrokerName"));
        columns.add(new Column(I18n.t("col.bindable"), "/spec/bindable"));
        columns.add(new Column(I18n.t("col.status"), STATUS));
      }
      case "ClusterServicePlan", "ServicePlan" -> {
        columns.add(new Column(I18n.t("col.externalName"), "/spec/externalName"));
        columns.add(new Column(I18n.t("col.class"), cluster ? "/spec/clusterServiceClassRef/name" : "/spec/serviceClassRef/name"));
        columns.add(new Column(I18n.t("col.free"), "/spec/free"));
        columns.add(new Column(I18n.t("col.broker"), cluster ? "/spec/clusterServiceBrokerName" : "/spec/serviceBrokerName"));
        columns.add(new Column(I18n.t("col.status"), STATUS));
      }
      case "ServiceInstance" -> {
        columns.add(new Column(I18n.t("col.class"), "/status/userSpecifiedClassName"));
        columns.add(new Column(I18n.t("col.plan"), "/status/userSpecifiedPlanName"));
        columns.add(new Column(I18n.t("col.status"), STATUS));
        columns.add(new Column(I18n.t("col.message"), MESSAGE));
      }
      case "ServiceBinding" -> {
        columns.add(new Column(I18n.t("col.instance"), "/spec/instanceRef/name"));
        columns.add(new Column(I18n.t("col.secret"), "/spec/secretName"));
        columns.add(new Column(I18n.t("col.status"), STATUS));
        columns.add(new Column(I18n.t("col.message"), MESSAGE));
      }
      default -> columns.add(new Column(I18n.t("col.status"), STATUS));
    }
    columns.add(new Column(I18n.t("col.age"), AGE));
    return columns;
  }
}
