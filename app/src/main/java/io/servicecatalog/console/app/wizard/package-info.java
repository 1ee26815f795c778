/**
 * A generic step-by-step wizard for the console: steps with a title and an explanation, Back/Next/Create/Close,
 * a step indicator, a reusable review of the objects about to be created and a pane that follows one object's
 * progress in the live store. The provision and bind wizards are built on it.
 */
package io.servicecatalog.console.app.wizard;
