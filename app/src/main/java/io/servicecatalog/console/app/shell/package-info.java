/**
 * The connected window's frame: navigation between the main views, context and namespace, connection
 * state, themes, keyboard shortcuts, remembered window state, and the helpers the views share (tables,
 * detail panes, formats).
 */
package io.servicecatalog.console.app.shell;
