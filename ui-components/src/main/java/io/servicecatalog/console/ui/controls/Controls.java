package io.servicecatalog.console.ui.controls;

/** The style-class names the controls use, and their shared stylesheet. */
public final class Controls {

  /** The stylesheet every control here adds as its user-agent stylesheet. */
  public static final String STYLESHEET = Controls.class.getResource("controls.css").toExternalForm();

  public static final String SEARCH_FIELD = "search-field";
  public static final String CONDITION_BADGE = "condition-badge";
  public static final String MASKED_VALUE = "masked-value";
  public static final String SERVICE_TILE = "service-tile";
  public static final String CHIP = "chip";

  private Controls() {}
}
