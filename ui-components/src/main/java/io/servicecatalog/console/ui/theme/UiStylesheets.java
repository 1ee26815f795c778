package io.servicecatalog.console.ui.theme;

/**
 * Stylesheets shipped with ui-components. Each control carries its own user-agent stylesheet with light
 * fallback colours; {@link #atlantaFxBridge()} maps their colour tokens to AtlantaFX's so the app's theme
 * (light or dark) restyles them.
 */
public final class UiStylesheets {

    private UiStylesheets() {
    }

    /** URL of the stylesheet that maps {@code -sf-*} and {@code -ce-*} tokens to AtlantaFX {@code -color-*}. */
    public static String atlantaFxBridge() {
        return UiStylesheets.class.getResource("atlantafx-bridge.css").toExternalForm();
    }
}
