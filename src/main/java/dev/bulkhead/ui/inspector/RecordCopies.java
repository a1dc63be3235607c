package dev.bulkhead.ui.inspector;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Copies a record with one component replaced, through its canonical constructor, so that the record's own
 * validation runs and its message reaches the user. It saves the inspector a hand-written "with" method for
 * each of the model's fifty-odd attributes.
 */
final class RecordCopies {
    private RecordCopies() {
    }

    /**
     * A copy of {@code record} with {@code component} set to {@code value}.
     *
     * @throws IllegalArgumentException with the record's message when the value is refused
     */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(component)) {
                    arguments[i] = value;
                    found = true;
                } else {
                    arguments[i] = components[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalStateException(record.getClass().getSimpleName() + " has no component '" + component + "'");
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                throw new IllegalArgumentException(cause.getMessage(), cause);
            }
            throw new IllegalStateException("could not copy " + record.getClass().getSimpleName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not copy " + record.getClass().getSimpleName(), e);
        }
    }
}
