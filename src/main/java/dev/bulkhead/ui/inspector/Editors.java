package dev.bulkhead.ui.inspector;

import dev.bulkhead.ui.fx.TextCommit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * The inspector's editors. Text commits as {@link TextCommit} describes. A refused value is reported through the error
 * sink, with the editor it belongs to, in the model's own words; a text field keeps the typed text until it is
 * corrected or escaped, a choice shows the stored value again.
 */
final class Editors {
    /** A commit that may refuse the value with an {@link IllegalArgumentException}. */
    @FunctionalInterface
    interface Commit<V> {
        void accept(V value);
    }

    /** Where refusals go: the editor, and the message (empty when a later value was accepted or escaped). */
    interface Errors {
        void report(Node editor, String message);
    }

    private final Errors errors;

    Editors(Errors errors) {
        this.errors = errors;
    }

    TextField text(String value, Commit<String> commit) {
        return field(value, text -> commit.accept(text.strip()));
    }

    TextField number(double value, Commit<Double> commit) {
        return field(format(value), text -> commit.accept(parseNumber(text)));
    }

    /** A number that may be left empty (null), such as a price that otherwise comes from the profile. */
    TextField optionalNumber(Double value, String emptyMeaning, Commit<Double> commit) {
        TextField field = field(value == null ? "" : format(value), text -> commit.accept(text.isBlank() ? null : parseNumber(text)));
        field.setPromptText(emptyMeaning);
        return field;
    }

    TextField integer(int value, Commit<Integer> commit) {
        return field(Integer.toString(value), text -> {
            try {
                commit.accept(Integer.parseInt(text.strip().replace(",", "").replace("_", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text.strip() + "' is not a whole number");
            }
        });
    }

    /** Comma-separated words, such as tools or taints. */
    TextField list(List<String> value, Commit<List<String>> commit) {
        TextField field = field(String.join(", ", value), text -> commit.accept(Arrays.stream(text.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));
        field.setPromptText("comma-separated");
        return field;
    }

    /** {@code key=value} pairs separated by commas, such as node labels. */
    TextField map(Map<String, String> value, Commit<SortedMap<String, String>> commit) {
        String shown = value.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        TextField field = field(shown, text -> {
            SortedMap<String, String> parsed = new TreeMap<>();
            for (String pair : text.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("'" + pair.strip() + "' is not key=value");
                }
                parsed.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
            commit.accept(parsed);
        });
        field.setPromptText("key=value, ...");
        return field;
    }

    <T> ComboBox<T> choice(List<T> options, T value, Function<T, String> label, Commit<T> commit) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(options);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null && !options.contains(null) ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setValue(value);
        box.setMaxWidth(Double.MAX_VALUE);
        // A narrow inspector elides a long choice ("AWS us-e…"); the tooltip always has it whole.
        box.setTooltip(new javafx.scene.control.Tooltip(value == null && !options.contains(null) ? "" : label.apply(value)));
        box.setOnAction(e -> {
            T chosen = box.getValue();
            if (java.util.Objects.equals(chosen, value)) {
                return;
            }
            if (!run(box, () -> commit.accept(chosen))) {
                box.setValue(value);
            }
        });
        return box;
    }

    CheckBox check(boolean value, Commit<Boolean> commit) {
        CheckBox box = new CheckBox();
        box.setSelected(value);
        box.setOnAction(e -> {
            if (!run(box, () -> commit.accept(box.isSelected()))) {
                box.setSelected(value);
            }
        });
        return box;
    }

    <E extends Enum<E>> CheckComboBox<E> several(Class<E> type, Set<E> value, Function<E, String> label, Commit<Set<E>> commit) {
        CheckComboBox<E> box = new CheckComboBox<>();
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        value.forEach(item -> box.getCheckModel().check(item));
        box.setMaxWidth(Double.MAX_VALUE);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<E>) change -> {
            EnumSet<E> checked = EnumSet.noneOf(type);
            checked.addAll(box.getCheckModel().getCheckedItems());
            if (!checked.equals(value)) {
                run(box, () -> commit.accept(checked));
            }
        });
        return box;
    }

    private TextField field(String value, Commit<String> commit) {
        TextField field = new TextField(value);
        TextCommit.install(field, value, text -> run(field, () -> commit.accept(text)), () -> errors.report(field, ""));
        return field;
    }

    /** Runs a commit, reporting a refusal against its editor; returns whether it went through. */
    private boolean run(Node editor, Runnable commit) {
        try {
            commit.run();
            errors.report(editor, "");
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            errors.report(editor, e.getMessage());
            return false;
        }
    }

    private static double parseNumber(String text) {
        try {
            return Double.parseDouble(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a number");
        }
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
