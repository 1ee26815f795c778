package io.servicecatalog.console.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AppIconsTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  /** Where generate.sh writes the installer icons; surefire runs with the module directory as working directory. */
  private static final Path INSTALLER_ICONS = Path.of("src", "main", "installer");
  private static final Path ARTWORK = Path.of("src", "main", "svg", "app-icon.svg");

  static Stream<Integer> allSizes() {
    return AppIcons.SIZES.stream();
  }

  @Test
  @DisplayName("window icons are the 16 to 256 px renditions, smallest first")
  void windowIconsAreTheSmallToLargeRenditions() {
    List<URL> urls = AppIcons.windowIconUrls();

    assertThat(urls).hasSize(7);
    assertThat(urls)
        .extracting(URL::getPath)
        .allSatisfy(path -> assertThat(path).contains("/io/servicecatalog/console/icons/app-"))
        .extracting(path -> path.substring(path.lastIndexOf('/') + 1))
        .containsExactly(
            "app-16.png", "app-24.png", "app-32.png", "app-48.png", "app-64.png", "app-128.png",
            "app-256.png");
  }

  @ParameterizedTest(name = "app-{0}.png is a {0} x {0} PNG with transparency")
  @MethodSource("allSizes")
  void everyRenditionIsAPngOfItsStatedSize(int size) throws IOException {
    URL url = AppIcons.url(size);
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    }

    assertThat(bytes).startsWith(PNG_SIGNATURE);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(image).as("ImageIO decodes %s", url).isNotNull();
    assertThat(image.getWidth()).isEqualTo(size);
    assertThat(image.getHeight()).isEqualTo(size);
    assertThat(image.getColorModel().hasAlpha()).isTrue();
  }

  @ParameterizedTest(name = "app-{0}.png shows the mark: clear corners, opaque tiles")
  @MethodSource("allSizes")
  void everyRenditionShowsARoundedSquareWithLightTiles(int size) throws IOException {
    BufferedImage image = ImageIO.read(AppIcons.url(size));

    // The rounded square leaves the very corner transparent at every size.
    assertThat(alpha(image.getRGB(0, 0))).isLessThan(64);
    assertThat(alpha(image.getRGB(size - 1, size - 1))).isLessThan(64);
    // The middle of the background is opaque and dark; the middle of the lower-left tile is opaque and light.
    int background = image.getRGB(size / 2, size / 2);
    assertThat(alpha(background)).isEqualTo(255);
    assertThat(luminance(background)).isLessThan(100);
    int tile = image.getRGB(size * 5 / 16, size * 11 / 16);
    assertThat(alpha(tile)).isEqualTo(255);
    assertThat(luminance(tile)).isGreaterThan(200);
  }

  @Test
  @DisplayName("asking for a size that was never rendered says which sizes exist")
  void unknownSizeIsRejectedWithTheSizesThatExist() {
    assertThatThrownBy(() -> AppIcons.url(20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20 px")
        .hasMessageContaining("[16, 24, 32, 48, 64, 128, 256, 512, 1024]");
  }

  @Test
  @DisplayName("the Windows .ico holds the 16 to 256 px sizes")
  void windowsIconHoldsEveryWindowSize() throws IOException {
    ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(INSTALLER_ICONS.resolve("app.ico")))
        .order(ByteOrder.LITTLE_ENDIAN);

    assertThat(ico.getShort(0)).as("reserved").isZero();
    assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
    int count = ico.getShort(4);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
      int height = Byte.toUnsignedInt(ico.get(6 + 16 * i + 1));
      assertThat(height).isEqualTo(width);
      sizes.add(width == 0 ? 256 : width); // the ICO directory writes 256 as 0
    }
    assertThat(sizes).containsExactlyElementsOf(AppIcons.WINDOW_ICON_SIZES);
  }

  @Test
  @DisplayName("the macOS .icns is well formed and holds the 16 to 1024 px elements")
  void macIconHoldsRetinaSizes() throws IOException {
    byte[] bytes = Files.readAllBytes(INSTALLER_ICONS.resolve("app.icns"));
    ByteBuffer icns = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);

    assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
    assertThat(icns.getInt(4)).as("declared length").isEqualTo(bytes.length);
    List<String> elements = new ArrayList<>();
    int offset = 8;
    while (offset < bytes.length) {
      elements.add(new String(bytes, offset, 4, StandardCharsets.US_ASCII));
      int length = icns.getInt(offset + 4);
      assertThat(length).as("element length").isGreaterThan(8);
      offset += length;
    }
    assertThat(offset).as("elements end exactly at the end of the file").isEqualTo(bytes.length);
    // is32/il32/ih32/it32 = 16/32/48/128 px, ic08/ic09/ic10 = 256/512/1024 px.
    assertThat(elements).contains("is32", "il32", "ih32", "it32", "ic08", "ic09", "ic10");
  }

  @Test
  @DisplayName("the Linux installer icon is the 512 px rendition")
  void linuxInstallerIconIsTheLargeRendition() throws IOException {
    BufferedImage image = ImageIO.read(INSTALLER_ICONS.resolve("app.png").toFile());

    assertThat(image.getWidth()).isEqualTo(512);
    assertThat(image.getHeight()).isEqualTo(512);
  }

  @Test
  @DisplayName("the committed renditions were generated from the current artwork")
  void renditionsAreUpToDateWithTheArtwork() throws IOException, NoSuchAlgorithmException {
    String recorded = Files.readString(ARTWORK.resolveSibling("app-icon.svg.sha256")).split("\\s+")[0];
    String actual = HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(ARTWORK)));

    assertThat(actual)
        .as("app-icon.svg changed after the icons were rendered: run icons/generate.sh and commit its output")
        .isEqualTo(recorded);
  }

  private static int alpha(int argb) {
    return argb >>> 24;
  }

  private static int luminance(int argb) {
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    return (299 * r + 587 * g + 114 * b) / 1000;
  }
}
