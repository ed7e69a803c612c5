package org.evtwin.app.datasets;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Table cells of the mapping editor: a choice box, a text field or a check box bound to a property of the row, shown
 * only where it applies to the row's target (no unit for an ignored column, no cell index for a pack signal …).
 */
final class MappingCells {
    private MappingCells() {
    }

    /** A column whose cells show {@code cell}'s control for each row. */
    static TableColumn<MappingRow, MappingRow> column(String title, double width,
            java.util.function.Supplier<TableCell<MappingRow, MappingRow>> cell) {
        TableColumn<MappingRow, MappingRow> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> cell.get());
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /** A choice of {@code items(row)} bound to {@code property(row)}, shown where {@code applies(row)}. */
    static <T> TableCell<MappingRow, MappingRow> choice(String id, Function<MappingRow, ObjectProperty<T>> property,
            Function<MappingRow, List<T>> items, Predicate<MappingRow> applies, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        return new Bound(box, applies) {
            @Override
            void bind(MappingRow r) {
                List<T> now = items.apply(r);
                if (!box.getItems().equals(now)) {
                    box.getItems().setAll(now);
                }
                box.setValue(property.apply(r).get());
                box.valueProperty().bindBidirectional(property.apply(r));
            }

            @Override
            void unbind(MappingRow r) {
                box.valueProperty().unbindBidirectional(property.apply(r));
            }
        };
    }

    /** A text field bound to {@code property(row)}, shown where {@code applies(row)}. */
    static TableCell<MappingRow, MappingRow> text(String id, int columns, Function<MappingRow, StringProperty> property,
            Predicate<MappingRow> applies) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        return new Bound(field, applies) {
            @Override
            void bind(MappingRow r) {
                field.textProperty().bindBidirectional(property.apply(r));
            }

            @Override
            void unbind(MappingRow r) {
                field.textProperty().unbindBidirectional(property.apply(r));
            }
        };
    }

    /** A check box bound to {@code property(row)}, shown where {@code applies(row)}. */
    static TableCell<MappingRow, MappingRow> check(String id, Function<MappingRow, BooleanProperty> property,
            Predicate<MappingRow> applies) {
        CheckBox box = new CheckBox();
        box.setId(id);
        return new Bound(box, applies) {
            @Override
            void bind(MappingRow r) {
                box.selectedProperty().bindBidirectional(property.apply(r));
            }

            @Override
            void unbind(MappingRow r) {
                box.selectedProperty().unbindBidirectional(property.apply(r));
            }
        };
    }

    /**
     * A cell holding one control bound to its row; re-bound when the row's target changes (the choices and whether
     * the control applies depend on it).
     */
    private abstract static class Bound extends TableCell<MappingRow, MappingRow> {
        private final Node control;
        private final String id;
        private final Predicate<MappingRow> applies;
        private final InvalidationListener onTarget = o -> rebind();
        private MappingRow bound;

        Bound(Node control, Predicate<MappingRow> applies) {
            this.control = control;
            this.id = control.getId();
            this.applies = applies;
            setText(null);
        }

        abstract void bind(MappingRow r);

        abstract void unbind(MappingRow r);

        @Override
        protected void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                unbind(bound);
                bound.targetProperty().removeListener(onTarget);
            }
            bound = empty ? null : row;
            if (bound != null) {
                bound.targetProperty().addListener(onTarget);
            }
            rebind();
        }

        private void rebind() {
            if (bound == null) {
                setGraphic(null);
                return;
            }
            unbind(bound);
            bind(bound);
            control.setId(id + "-" + getIndex());   // one id per row, so tests can find the control of a row
            setGraphic(applies.test(bound) ? control : null);
        }
    }
}
