package io.servicecatalog.console.sandbox.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;

/**
 * A user name and password for HTTP basic authentication between the platform and a sample broker.
 *
 * @param username the user name
 * @param password the password; never logged, and hidden by {@link #toString()}
 */
public record BasicCredentials(String username, String password) {

  public BasicCredentials {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }

  /** Whether an {@code Authorization} header carries exactly these credentials. */
  public boolean matches(String authorizationHeader) {
    if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    byte[] expected = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    byte[] sent;
    try {
      sent = Base64.getDecoder().decode(authorizationHeader.substring(6).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, sent);
  }

  /** The {@code Authorization} header value for these credentials. */
  public String authorizationHeader() {
    return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "BasicCredentials[username=" + username + ", password=***]";
  }
}
