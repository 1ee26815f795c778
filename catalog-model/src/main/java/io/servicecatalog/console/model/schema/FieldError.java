package io.servicecatalog.console.model.schema;

/**
 * One validation problem, in plain words, attached to the value it is about.
 *
 * @param pointer JSON pointer of the value the message belongs beside ({@code ""} for the whole form)
 * @param keyword the JSON Schema keyword that failed ({@code required}, {@code pattern}, …), or
 *     {@code syntax} for unparsable JSON
 * @param message what is wrong and what to do, for the user
 */
public record FieldError(String pointer, String keyword, String message) {
}
