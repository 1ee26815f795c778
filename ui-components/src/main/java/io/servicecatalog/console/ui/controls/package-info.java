/**
 * Small cluster-free controls the console's views are built from: a search field, a status badge, a masked
 * secret value and a service tile. They take plain data and share one user-agent stylesheet,
 * {@code controls.css}, whose colours are the AtlantaFX theme's tokens, so they follow light and dark themes.
 */
package io.servicecatalog.console.ui.controls;
