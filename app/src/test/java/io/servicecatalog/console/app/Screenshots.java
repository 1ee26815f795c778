package io.servicecatalog.console.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves node snapshots as PNG files under {@code target/screenshots/} so people can look at what the tests saw. */
public final class Screenshots {

  private Screenshots() {}

  public static Path save(Node node, String name) {
    CompletableFuture<WritableImage> image = new CompletableFuture<>();
    Platform.runLater(() -> image.complete(node.snapshot(null, null)));
    try {
      WritableImage fx = image.get(10, TimeUnit.SECONDS);
      int width = (int) fx.getWidth();
      int height = (int) fx.getHeight();
      BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
      PixelReader pixels = fx.getPixelReader();
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          out.setRGB(x, y, pixels.getArgb(x, y));
        }
      }
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      ImageIO.write(out, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Snapshot of " + name + " failed", e);
    }
  }
}
