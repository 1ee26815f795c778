package io.servicecatalog.console.model.schema;

import java.util.List;

/**
 * A {@code oneOf} or {@code anyOf} inside an object: the user picks one branch and the branch's fields are
 * shown in the same object as the object's own properties.
 *
 * @param exclusive true for {@code oneOf}, false for {@code anyOf}
 * @param branches the branches, each an {@link FieldKind#OBJECT} (or any other kind for scalar branches)
 *     at the same pointer as the owning field, titled for the selector
 */
public record Choice(boolean exclusive, List<FormField> branches) {
}
