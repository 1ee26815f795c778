package io.servicecatalog.console.controller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes timestamps (RFC 3339, whole seconds, UTC) and Go duration strings. */
final class Times {

  private static final Pattern GO_DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private Times() {
  }

  static String now(Clock clock) {
    return format(clock.instant());
  }

  static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  static Optional<Instant> parse(String timestamp) {
    if (timestamp == null || timestamp.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(timestamp).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Parses a Go duration such as {@code 15m0s} or {@code 1h30m}; empty if it is not one or not positive. */
  static Optional<Duration> parseGoDuration(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = GO_DURATION_PART.matcher(text.trim());
    int end = 0;
    double nanos = 0;
    while (m.find()) {
      if (m.start() != end) {
        return Optional.empty();
      }
      end = m.end();
      double value = Double.parseDouble(m.group(1));
      nanos += value * switch (m.group(2)) {
        case "ns" -> 1d;
        case "us", "µs" -> 1e3;
        case "ms" -> 1e6;
        case "s" -> 1e9;
        case "m" -> 60e9;
        default -> 3600e9;
      };
    }
    if (end != text.trim().length() || nanos <= 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos((long) nanos));
  }
}
