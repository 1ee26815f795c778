package io.servicecatalog.console.app.brokers;

/** Fills the register form's model as a user would, for tests outside this package. */
public final class RegisterBrokerFixtures {

  private RegisterBrokerFixtures() {}

  /** A cluster broker at {@code url} with basic auth from a new Secret {@code secretNamespace/secretName}. */
  public static RegisterBrokerModel basicAuth(String name, String url, String secretNamespace, String secretName,
      String username, String password) {
    RegisterBrokerModel model = new RegisterBrokerModel(secretNamespace);
    model.name.set(name);
    model.url.set(url);
    model.auth.set(RegisterBrokerModel.Auth.BASIC);
    model.secretName.set(secretName);
    model.secretNamespace.set(secretNamespace);
    model.username.set(username);
    model.password.set(password);
    return model;
  }
}
